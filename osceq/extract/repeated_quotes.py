"""A quotation given twice: a feature opens on a statement with nobody's name (`"I just want my
house back."` / `For Pia Strand, that sentence sums up a year.`) and gives the same words again
later with their speaker (`"I just want my house back," Strand said.`). The opening quotation is
that speaker's (evidence "repeated", the mention and cue the later tag's); short words recur by
chance (a chant, a slogan, `No.`), so only a statement of several words is matched."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from osceq.extract.web_words import ECHOING_FRAMES

if TYPE_CHECKING:
    from osceq.models import Quote

__all__ = ["given_by_repeat"]

_WORD = re.compile(r"[^\W_]+")
_LETTERS = re.compile(r"[a-z]+")
# The fewest words of a statement whose repeat names its speaker.
_STATEMENT_WORDS = 5
# A cue of the later quotation's own (a guess from around it is no surer than nobody).
_OWN_CUES = frozenset({"cue-after", "cue-before"})


def _words(quote: Quote) -> str:
    return " ".join(_WORD.findall(quote.text.lower()))


def given_by_repeat(text: str, quotes: list[Quote]) -> list[Quote]:
    """The quotes (sorted by start), each with nobody's name given the speaker of the one later quote
    of the same words, when that quote has a cue of its own that frames no one else's words."""
    if not any(q.speaker is None and q.evidence == "none" for q in quotes):
        return quotes  # (most articles: every quote has a speaker or a reason for none)
    result = list(quotes)
    for k, quote in enumerate(quotes):
        words = _words(quote)
        if quote.speaker is not None or quote.evidence != "none" or len(words.split()) < _STATEMENT_WORDS:
            continue
        later = [q for q in quotes[k + 1 :] if _words(q) == words]
        if len(later) != 1 or later[0].evidence not in _OWN_CUES or later[0].speaker is None:
            continue  # (two repeats may be a speaker and somebody echoing the words)
        if _echoing(text, later[0]):
            continue  # `said Jon Reed, mocking the banner`: somebody else's words, said again
        result[k] = replace(
            quote,
            speaker=later[0].speaker,
            mention=later[0].mention,
            cue=later[0].cue,
            evidence="repeated",
            confidence=later[0].confidence,
            role=later[0].role,
            aliases=later[0].aliases,
        )
    return result


def _echoing(text: str, quote: Quote) -> bool:
    """Whether the sentence around a quote frames it as words mocked, quoted, read out or recalled."""
    before = max(text.rfind(stop, 0, quote.start - 1) for stop in ".!?\n") + 1
    stops = [text.find(stop, quote.end + 1) for stop in ".!?\n"]
    after = min((stop for stop in stops if stop >= 0), default=len(text))
    around = text[before : quote.start] + " " + text[quote.end : after]
    return any(word in ECHOING_FRAMES for word in _LETTERS.findall(around.lower()))
