"""Speakers found without a reporting cue: a transcript's label in capitals ("WALLACE: …") and, as
a last resort for a longer quoted fragment, the subject at the start of its sentence."""

from __future__ import annotations

import re

from osceq.extract.attribution import Found
from osceq.extract.clauses import sentence_subject
from osceq.extract.tokens import span_of, tokenize
from osceq.models import Span

# "PENCE: Well, look, …" — a speaker label in capitals opening a transcript line.
_TRANSCRIPT_LABEL = re.compile(r"(?:[A-Z][A-Z.'’\-]+\s){0,3}[A-Z][A-Z.'’\-]+(?=\s*:\s)")


def any_subject(text: str, ranges: list[tuple[int, int]]) -> Found | None:
    """The subject at the start of the sentence, as a last resort for a quoted fragment inside it."""
    tokens = [t for a, b in ranges for t in tokenize(text, a, b)]
    subject = sentence_subject(tokens, len(tokens))
    if (
        subject is None
        or subject[2] not in ("name", "pronoun")
        or subject[1] - subject[0] > 4
        or not (tokens[subject[0]].text[:1].isupper() or subject[2] == "pronoun")
    ):
        return None
    a, b, kind = subject
    mention = span_of(text, tokens, a, b)
    return Found(mention, Span("", mention.end, mention.end), kind, "sentence-subject")


def transcript_label(text: str, start: int, end: int) -> Found | None:
    """A transcript speaker label in capitals at the start of the quoted text ("WALLACE: …")."""
    match = _TRANSCRIPT_LABEL.match(text, start, min(end, start + 60))
    if match is None or len(match.group()) < 2:
        return None
    colon = text.index(":", match.end())
    mention = Span(match.group(), match.start(), match.end())
    return Found(mention, Span(":", colon, colon + 1), "name", "transcript")
