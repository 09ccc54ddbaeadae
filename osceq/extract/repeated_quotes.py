"""A quotation given twice: a feature opens on a statement with nobody's name (`"I just want my
house back."` / `For Pia Strand, that sentence sums up a year.`) and gives the same words again
later with their speaker (`"I just want my house back," Strand said.`). The opening quotation is
that speaker's (evidence "repeated", the mention and cue the later tag's); short words recur by
chance (a chant, a slogan, `No.`), so only a statement of several words is matched."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from osceq.models import Quote

__all__ = ["given_by_repeat"]

_WORD = re.compile(r"[^\W_]+")
# The fewest words of a statement whose repeat names its speaker.
_STATEMENT_WORDS = 5
# A cue of the later quotation's own (a guess from around it is no surer than nobody).
_OWN_CUES = frozenset({"cue-after", "cue-before"})


def _words(quote: Quote) -> str:
    return " ".join(_WORD.findall(quote.text.lower()))


def given_by_repeat(quotes: list[Quote]) -> list[Quote]:
    """The quotes (sorted by start), each with nobody's name given the speaker of a later quote of
    the same words tagged by a cue of its own."""
    if not any(q.speaker is None and q.evidence == "none" for q in quotes):
        return quotes  # (most articles: every quote has a speaker or a reason for none)
    result = list(quotes)
    for k, quote in enumerate(quotes):
        words = _words(quote)
        if quote.speaker is not None or quote.evidence != "none" or len(words.split()) < _STATEMENT_WORDS:
            continue
        later = next((q for q in quotes[k + 1 :] if _words(q) == words and q.evidence in _OWN_CUES), None)
        if later is not None and later.speaker is not None:
            result[k] = replace(
                quote,
                speaker=later.speaker,
                mention=later.mention,
                cue=later.cue,
                evidence="repeated",
                confidence=later.confidence,
                role=later.role,
                aliases=later.aliases,
            )
    return result
