"""The agent after a quoted name or charge given in the passive: in `The plan was dismissed as "…"
by Ann Lee` and `has been called "…" by Lee` the words are Lee's (the passive's subject is the thing
named)."""

from __future__ import annotations

import re

from osceq.extract import function_words as fw
from osceq.extract.attribution import Found
from osceq.extract.forward_phrases import np_forward
from osceq.extract.passive_charges import CHARGE_PARTICIPLES
from osceq.extract.tokens import range_tokens, span_of, tokenize

# Naming participles whose passive agent, after the quote, gave the name (`was called "…" by Lee`).
_AFTER_PARTICIPLES = CHARGE_PARTICIPLES | {"called", "dubbed", "termed", "deemed"}
_BY_AFTER = re.compile(r"\s*by\s+")


def agent_after_quote(text: str, ranges: list[tuple[int, int]], close_end: int, right: int) -> Found | None:
    """`The plan was dismissed as "…" by Ann Lee`, `has been called "…" by Lee`: the agent after the
    quote of a passive participle right before it speaks the words; None for any other shape."""
    before = range_tokens(text, ranges)
    k = len(before) - 1
    while k >= 0 and before[k].low in ("as", "a", "an", "the"):
        k -= 1
    if k < 1 or before[k].low not in _AFTER_PARTICIPLES or before[k - 1].low not in fw.PASSIVE_AUXILIARIES:
        return None
    by = _BY_AFTER.match(text, close_end)
    if by is None:
        return None
    after = tokenize(text, by.end(), min(right, by.end() + 160))
    found = np_forward(after, 0)
    if found is None or found[1] not in ("name", "nominal"):
        return None
    cue = span_of(text, before, k, k + 1)
    return Found(span_of(text, after, 0, found[0]), cue, found[1], "cue-after")
