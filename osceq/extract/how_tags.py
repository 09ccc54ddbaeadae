"""A tag after a quoted fragment that opens its sentence as the subject of `is how`: in `"Late and
costly" is how Ann Lee described the plan` and `"Late and costly" was how the plan was described by
Ann Lee` the words are Lee's, a part of the writer's sentence."""

from __future__ import annotations

import re

from osceq.extract.attribution import Found
from osceq.extract.forward_phrases import np_forward
from osceq.extract.passive_agents import how_clause_agent
from osceq.extract.tokens import span_of, tokenize

_IS_HOW = re.compile(r"[,.]?\s*(?:is|was|['’]s)\s+(how|what)\s+")
# Verbs of putting something into words that close the `is how X …` tag.
_WORDING_VERBS = frozenset(
    {
        "called",
        "calls",
        "characterised",
        "characterises",
        "characterized",
        "characterizes",
        "describe",
        "described",
        "describes",
        "framed",
        "frames",
        "put",
        "puts",
        "summarised",
        "summarized",
        "summed",
        "sums",
        "termed",
    }
)
# An apposition between the speaker and the verb (`one resident, Gus Lane, 71, described`).
_MOST_APPOSITION = 12
_MOST_APPOSITIONS = 3


def how_tag(text: str, close_end: int, right: int) -> Found | None:
    """The speaker of a fragment closed at close_end when `is how X described …` follows it (right:
    where the next quotation opens); None for any other shape."""
    opening = _IS_HOW.match(text, close_end)
    if opening is None:
        return None
    tokens = tokenize(text, opening.end(), min(right, opening.end() + 240))
    agent = how_clause_agent(tokens)
    if agent is not None:  # `"…" was how it was described by Ann Lee`, `is what the plan was called by`
        a, b, kind = agent
        return Found(span_of(text, tokens, a, b), span_of(text, tokens, a - 1, a), kind, "cue-after")
    if opening.group(1) != "how":
        return None
    found = np_forward(tokens, 0)
    if found is None or found[1] not in ("name", "nominal", "pronoun"):
        return None
    end, kind = found
    k = end
    for _ in range(_MOST_APPOSITIONS + 1):
        if k + 1 >= len(tokens) or tokens[k].text != ",":
            break
        if tokens[k + 1].low in _WORDING_VERBS:
            k += 1  # the comma closing the last apposition
            break
        aside = range(k + 1, min(len(tokens), k + _MOST_APPOSITION))
        close = next((m for m in aside if tokens[m].text == ","), None)
        if close is None:
            return None
        k = close
    if k < len(tokens) and tokens[k].low.endswith("ly"):
        k += 1  # `is how Lee later described it`
    if k >= len(tokens) or tokens[k].low not in _WORDING_VERBS:
        return None
    return Found(span_of(text, tokens, 0, end), span_of(text, tokens, k, k + 1), kind, "cue-after")
