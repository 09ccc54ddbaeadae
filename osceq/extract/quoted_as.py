"""`"…," PAP quoted Baka as saying.`, `The Post quoted a source close to the mayor as saying "…"`:
whoever is quoted "as saying" speaks; the outlet that quotes them only passes the words on."""

from __future__ import annotations

from osceq.extract.forward_phrases import np_forward
from osceq.extract.tokens import Token, is_word

_QUOTING = frozenset({"quote", "quoted", "quotes", "quoting", "cite", "cited", "cites", "citing"})
_OBJECT_PRONOUNS = frozenset({"him", "her"})
_REACH = 8  # words completing the phrase before "as": `a source close to the mayor`
_ASIDE_REACH = 12  # words of an aside between the phrase and "as saying": `, who returned on Sunday,`


def quoted_as(tokens: list[Token], k: int) -> tuple[int, int, str] | None:
    """When token k is "quoted" (or "cited") and a noun phrase and "as saying" follow it, the phrase
    as (first token, end token, kind); else None."""
    if k >= len(tokens) or tokens[k].low not in _QUOTING:
        return None
    i = k + 1
    if i < len(tokens) and tokens[i].low in _OBJECT_PRONOUNS:
        end, kind = i + 1, "pronoun"
    else:
        found = np_forward(tokens, i, limit=10)
        if found is None or found[1] == "pronoun":
            return None
        end, kind = found
    for m in range(end, min(len(tokens) - 1, end + _REACH)):
        if tokens[m].low == "as":
            following = tokens[m + 1]
            return (i, m, kind) if following.text.islower() and following.low.endswith("ing") else None
        if m == end and tokens[m].text == ",":
            return (i, end, kind) if _aside_then_as_saying(tokens, m + 1) else None
        if not is_word(tokens[m]):
            return None  # a comma or a quotation mark first: no "as saying" for this phrase
    return None


def _aside_then_as_saying(tokens: list[Token], start: int) -> bool:
    """`quoted Oil Minister Ivo Marsh, who returned on Sunday, as saying`: an aside of words after
    the phrase's comma, closed by a comma right before "as" and a participle."""
    for m in range(start, min(len(tokens) - 2, start + _ASIDE_REACH)):
        if tokens[m].text == ",":
            following = tokens[m + 2]
            return tokens[m + 1].low == "as" and following.text.islower() and following.low.endswith("ing")
        if not is_word(tokens[m]):
            return False
    return False
