"""The angle brackets a wire sets around a firm's name opening a sentence (`<Tarnco Plc> said`):
left out of the tokens, so the name is the subject of its verb, and never inside a speaker mention."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from osceq.extract import function_words as fw
from osceq.extract.word_kinds import person_noun
from osceq.models import Span

if TYPE_CHECKING:
    from osceq.extract.tokens import Token

__all__ = ["mention_after_bracket", "without_name_brackets"]

# Tokens after which a bracketed name opens its sentence: a full stop or a closing quotation mark
# (no colon, no opening mark), or a dateline's dash.
_BEFORE_OPENING_NAME = (fw.SENTENCE_OPENING_MARKS - {":", "“"}) | {"-", "--", "—", "–"}
# How many tokens a bracketed firm's name may run to, its closing bracket included.
_BRACKETED_REACH = 12
# Marks inside a firm's name (`<Tarn & Co>`, `<Tarn Inc.>`).
_NAME_MARKS = frozenset("&.-'")
# A firm's name in angle brackets with the space after it, as a mention may cross it.
_BRACKETED = re.compile(r"<([A-Z][^<>\n]{0,80})>\s+")


def without_name_brackets(tokens: list[Token]) -> list[Token]:
    """The tokens without the angle brackets a wire sets around a firm's name opening a sentence
    (`<Tarnco Plc> said`), which stand between the subject and its verb. Brackets elsewhere stay: a
    ticker's (`<TRN.L>`), and a name's inside a phrase (`a spokesman for <Tarnco>`), which the
    phrase readers take as its end."""
    dropped: set[int] = set()
    for k, token in enumerate(tokens):
        if token.text != "<" or (k > 0 and tokens[k - 1].text not in _BEFORE_OPENING_NAME):
            continue
        reach = min(len(tokens) - 1, k + _BRACKETED_REACH)
        close = next((m for m in range(k + 1, reach) if tokens[m].text == ">"), None)
        if close is None or not _bracketed_name([t.text for t in tokens[k + 1 : close]]):
            continue
        after = tokens[close + 1]
        if after.text.isalpha() and after.text.islower() and after.low not in ("and", "or"):
            dropped.update((k, close))  # (`<A Ltd> and <B Ltd> said` is two subjects: left as read)
    dropped |= {m for k in range(1, len(tokens) - 2) for m in _ticker_in_description(tokens, k)}
    return [token for k, token in enumerate(tokens) if k not in dropped] if dropped else tokens


def _ticker_in_description(tokens: list[Token], k: int) -> range:
    """The tokens of a ticker at k set inside a description, between the firm's name and a noun for
    a person that ends it (`a Tarnco Ltd <TAR.T> spokesman said`): they cut the phrase in two, so
    they go; before a title and a name (`Tarnco <TAR> treasurer Ann Lee`) the phrase reader's cut
    at the ticker leaves the name, and they stay."""
    if tokens[k].text != "<" or not tokens[k - 1].text[:1].isupper():
        return range(0)
    close = next((m for m in range(k + 1, min(len(tokens) - 1, k + 6)) if tokens[m].text == ">"), None)
    if close is None or any(c.islower() for t in tokens[k + 1 : close] for c in t.text):
        return range(0)
    named = close + 2 < len(tokens) and tokens[close + 2].text[:1].isupper()  # `<TRN> treasurer Ann Lee`
    return range(k, close + 1) if person_noun(tokens[close + 1].text) and not named else range(0)


def _bracketed_name(words: list[str]) -> bool:
    """Words that are a firm's name, not a ticker: capitalised words (or joining ones), some in lower case."""
    if not words or not words[0][:1].isupper():
        return False
    if not any(any(c.islower() for c in w) for w in words):
        return False  # `<TRN.L>`, `<IBM>`: a ticker
    return all(w[:1].isupper() or w.lower() in fw.FIRM_NAME_JOINERS or w in _NAME_MARKS for w in words)


def mention_after_bracket(text: str, mention: Span) -> Span:
    """A mention that runs on past a bracketed firm's name into a title and a name (`<Tarn Bank>
    economist Ann Lee said`) starts after the bracket: the firm is where the person works, and the
    words after it are the person's title and name, as the tokens without the brackets hide."""
    start = text.rfind("<", max(0, mention.start - 80), mention.end)
    if start < 0:
        return mention
    found = _BRACKETED.match(text, start)
    if found is None or not mention.start < found.end() < mention.end:
        return mention
    if not _bracketed_name(found.group(1).split()):
        return mention
    return Span(text[found.end() : mention.end], found.end(), mention.end)
