"""A speaker's stance announced before a quotation: `Lee was blunt. "…"`, `Ann Roe was more
cautious. "…"`, `Lee cut in. "…"`. News writing names the speaker this way, then lets the words
follow."""

from __future__ import annotations

from osceq.extract import reporting as lex
from osceq.extract.attribution import Found
from osceq.extract.interjections import interjection
from osceq.extract.phrases import np_backward
from osceq.extract.tokens import span_of, tokenize

_COPULAS = frozenset({"was", "is", "were", "are"})
# Degree words that may stand between the copula and the stance (`was more blunt`).
_DEGREES = frozenset({"more", "less", "even", "equally", "far", "also", "just", "as", "much", "still"})
# What may follow the stance in its sentence: a phrase saying what it was about (`… about his aim.`).
_STANCE_OBJECTS = frozenset({"about", "on", "over", "in", "of"})
_LONGEST_AFTER = 8
_PERSON_PRONOUNS = frozenset({"he", "she"})


def stance_subject(text: str, start: int, end: int) -> Found | None:
    """The subject of a sentence text[start:end] that only says how somebody spoke (`Lee was blunt.`,
    `Mr. Roe is unapologetic about his aim.`): the quotation right after it is that person's."""
    tokens = tokenize(text, start, end)
    words = [t for t in tokens if t.text[:1].isalnum()]
    cut_in = interjection(tokens, text)
    if cut_in is not None:  # `Lee cut in.`: the words that interrupt follow
        first, last, kind, verb = cut_in
        return Found(
            span_of(text, tokens, first, last), span_of(text, tokens, verb, verb + 2), kind, "cue-before"
        )
    v = next((k for k, t in enumerate(tokens) if t.low in _COPULAS), None)
    if v is None or v == 0:
        return None
    a = v + 1
    while a < len(tokens) and tokens[a].low in _DEGREES:
        a += 1
    if a >= len(tokens) or tokens[a].low not in lex.STANCE_ADJECTIVES:
        return None
    rest = [t for t in tokens[a + 1 :] if t.text[:1].isalnum()]
    if rest and (rest[0].low not in _STANCE_OBJECTS or len(rest) > _LONGEST_AFTER):
        return None
    if len(words) - len(rest) > 20:
        return None  # a long sentence is about more than the speaker's manner
    subject = np_backward(tokens, v)
    # Only a person, named or he/she: a thing may be cautious or upbeat too (`The forecast was upbeat.`,
    # `It was upbeat.`), and "they" or "we" is a group, not the one speaker of the quotation.
    if subject is None or subject[1] != v or subject[2] not in ("name", "pronoun"):
        return None
    first, last, kind = subject
    if kind == "pronoun" and (last - first != 1 or tokens[first].low not in _PERSON_PRONOUNS):
        return None
    if first != next(k for k, t in enumerate(tokens) if t.text[:1].isalnum()):
        return None  # `In the end Lee was blunt`: only a sentence that opens on its subject
    return Found(span_of(text, tokens, first, last), span_of(text, tokens, a, a + 1), kind, "cue-before")
