"""Speakers found without a reporting cue: a transcript's label in capitals ("WALLACE: …") and, as
a last resort for a longer quoted fragment, the subject at the start of its sentence."""

from __future__ import annotations

import re

from osceq.extract.attribution import Found
from osceq.extract.clauses import sentence_subject
from osceq.extract.tokens import Token, capitalised, span_of, tokenize
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
    if kind == "name" and not _names_someone(text, tokens, a, b):
        return None
    mention = span_of(text, tokens, a, b)
    return Found(mention, Span("", mention.end, mention.end), kind, "sentence-subject")


def _names_someone(text: str, tokens: list[Token], a: int, b: int) -> bool:
    """Whether a subject read as a name for its capitals can name a speaker.

    A lone word capitalised only because it opens the sentence (`Guns are "…"`, `Good information
    can …`, `Do well enough in polls to "…"`) may be any word; it is taken for a name only when the
    article writes it as the end of a full name elsewhere (`Moore thanked` after "Julianne Moore").
    """
    first = tokens[a]
    opens = all(not t.text[:1].isalnum() for t in tokens[:a])
    if (
        not opens
        or not capitalised(first)
        or first.text.isupper()
        or (b > a + 1 and (capitalised(tokens[a + 1]) or tokens[a + 1].text == "."))  # "Dr. Lee"
    ):
        return True
    word = re.escape(_POSSESSIVE_END.sub("", first.text))
    # A first name or a short title before it on the same line: "Julianne Moore", "Sen. Moore". (The
    # word is looked for first and the name before it read back: a pattern opening on any capital
    # was tried at every word of the text, which for a huge file took seconds a call.)
    for found in re.finditer(rf"(?<=[ \t]){word}\b", text):
        if _NAME_BEFORE.search(text, max(0, found.start() - 200), found.start()):
            return True
    return False


_POSSESSIVE_END = re.compile(r"(?:['’]s|['’])$")
_NAME_BEFORE = re.compile(r"\b(?:[A-Z][\w’'\-]*|[A-Z][a-z]{0,3}\.)[ \t]+$")


def transcript_label(text: str, start: int, end: int) -> Found | None:
    """A transcript speaker label in capitals at the start of the quoted text ("WALLACE: …")."""
    match = _TRANSCRIPT_LABEL.match(text, start, min(end, start + 60))
    if match is None or len(match.group()) < 2:
        return None
    colon = text.index(":", match.end())
    mention = Span(match.group(), match.start(), match.end())
    return Found(mention, Span(":", colon, colon + 1), "name", "transcript")
