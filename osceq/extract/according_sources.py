"""The sources a sentence names with `according to X` or `in X's words` (`in the words of Ann Lee`),
read on tokens; their evidence is "according-to"."""

from __future__ import annotations

from osceq.extract.cited_sources import cited_source
from osceq.extract.forward_phrases import np_forward
from osceq.extract.found import Found
from osceq.extract.tokens import Token, capitalised, possessive, span_of
from osceq.models import Span


def according_to(text: str, tokens: list[Token], i: int) -> Found | None:
    """`according to X`: the source named after the "according" at token i."""
    found = np_forward(tokens, i + 2, limit=10)
    if found is None:
        return None
    j, kind = found
    if kind == "nominal" and j + 1 < len(tokens) and tokens[j].low == "from":
        # `according to a statement from the Kestrel board`: the document's source is the speaker.
        source = np_forward(tokens, j + 1, limit=10)
        if source is not None and source[1] != "pronoun":
            j = source[0]
    cited = cited_source(tokens, j)  # `according to the paper, which cited a source …,`: the source
    a, j, kind = cited if cited is not None else (i + 2, j, kind)
    return Found(span_of(text, tokens, a, j), span_of(text, tokens, i, i + 2), kind, "according-to")


def in_words_of(text: str, tokens: list[Token], i: int) -> Found | None:
    """`in Lee's words`, `in the words of Ann Lee`: the source named by the "in" at token i."""
    if i + 2 >= len(tokens) or tokens[i].low != "in":
        return None
    if [t.low for t in tokens[i + 1 : i + 4]] == ["the", "words", "of"]:
        found = np_forward(tokens, i + 4, limit=10)
        if found is None:
            return None
        return Found(
            span_of(text, tokens, i + 4, found[0]), span_of(text, tokens, i, i + 4), found[1], "according-to"
        )
    words = next((k for k in range(i + 1, min(len(tokens), i + 6)) if tokens[k].low == "words"), None)
    if words is None:
        return None
    owner = tokens[words - 1]
    if owner.text in ("’", "'") and words - 2 > i:  # `in Ames' words`: the apostrophe stands alone
        end = tokens[words - 2].end
    elif owner.low in ("his", "her", "their") and words - 1 == i + 1:
        end = owner.end
    elif possessive(owner):
        end = owner.end - 2
    else:
        return None
    start = tokens[i + 1].start
    kind = (
        "pronoun"
        if owner.low in ("his", "her", "their")
        else "name"
        if capitalised(tokens[i + 1])
        else "nominal"
    )
    return Found(Span(text[start:end], start, end), span_of(text, tokens, i, words + 1), kind, "according-to")
