"""A name alone before a colon that labels the quotation after it (`Tomas Holm: "…"`, `More from
Roe: "…"`, `From Lee's Facebook post: "…"`). Read by `attribution.py`."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract import reporting as lex
from osceq.extract.forward_phrases import np_forward
from osceq.extract.found import Found
from osceq.extract.page_labels import page_label
from osceq.extract.phrases import np_backward
from osceq.extract.tokens import DASHES, Token, capitalised, possessive, span_of
from osceq.models import Span

__all__ = ["colon_label", "source_opening"]


def colon_label(text: str, tokens: list[Token]) -> Found | None:
    """`Tomas Holm: "…"`, `Polls agree - Jane Roe: "…"`, `More from Roe: "…"`: a name alone before
    the colon, opening the sentence or after a dash or "from", labels the quotation."""
    if len(tokens) < 2 or tokens[-1].text != ":" or page_label(tokens):
        return None
    colon = Span(":", tokens[-1].start, tokens[-1].end)
    source = source_opening(tokens)
    if source is not None:
        owner = tokens[1]
        if possessive(owner) and capitalised(owner):
            # `From Lee's Facebook post:`: the post is Lee's words, and Lee is who is shown.
            return Found(Span(owner.text[:-2], owner.start, owner.end - 2), colon, "name", "label")
        return Found(span_of(text, tokens, 1, len(tokens) - 1), colon, source, "label")
    found = np_backward(tokens, len(tokens) - 1)
    a = len(tokens) - 1
    while a > 0 and capitalised(tokens[a - 1]):
        a -= 1
    if 0 < a < len(tokens) - 1 and tokens[a - 1].low == "from" and (a == 1 or tokens[a - 2].low == "more"):
        found = (a, len(tokens) - 1, "name")  # `More from Roe:` (np_backward skips the preposition)
    if found is None or found[2] != "name" or found[1] != len(tokens) - 1:
        return None
    a = found[0]
    if a > 1 and tokens[a - 1].low == "and" and capitalised(tokens[a - 2]):
        a -= 1  # `- Ann Lee and Ivo Marsh: "…"`, `More from Lee and Marsh:`: two names label it together
        while a > 0 and capitalised(tokens[a - 1]):
            a -= 1
    if (
        a > 0
        and tokens[a - 1].text not in DASHES
        and (tokens[a - 1].low != "from" or (a > 1 and tokens[a - 2].low != "more"))
    ):
        return None
    if a == 0 and len(tokens) - 1 - a > 8:
        return None
    if a == 0 and found[1] > 2 and tokens[0].low in lex.INVERTING_FORMS and capitalised(tokens[1]):
        a = 1  # `Says Ivo Marsh: "…"`: an inverted tag's verb opens the sentence, no part of the name
    return Found(span_of(text, tokens, a, found[1]), colon, "name", "label")


def source_opening(tokens: list[Token]) -> str | None:
    """`From Lee's Facebook post: "…"`, `From the statement: "…"`: a sentence that is only "From" and
    a source before the colon labels the quotation with that source; returns the phrase's kind."""
    if tokens[0].low != "from" or len(tokens) > 10:
        return None
    found = np_forward(tokens, 1)
    if found is None or found[0] != len(tokens) - 1:
        return None
    first = tokens[1]
    if found[1] == "name" or (found[1] == "nominal" and (first.low in fw.DETERMINERS or possessive(first))):
        return found[1]
    return None  # `From left:`
