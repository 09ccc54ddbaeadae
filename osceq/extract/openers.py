"""What a sentence may set before its subject after an introductory phrase and its comma: a relative
clause on the phrase's noun (`At the shop, which opened in 1961, owner Ann Lee …`) or a second short
phrase on a preposition (`Later, outside the courtroom, Lee told …`). Used by `subjects.py`."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract import reporting as lex
from osceq.extract.tokens import PRONOUN_SUBJECTS, Token

# Words that make a phrase a clause with a subject of its own (`Later, as he said, …`).
_CLAUSE_WORDS = lex.REPORTING_FORMS | PRONOUN_SUBJECTS


def _comma_within(tokens: list[Token], i: int, reach: int) -> int | None:
    """The first comma in tokens[i:i+reach] when no semicolon or colon comes before it."""
    for k in range(i, min(len(tokens), i + reach)):
        if tokens[k].text in ";:":
            return None
        if tokens[k].text == ",":
            return k
    return None


def past_relative_aside(tokens: list[Token], i: int) -> int:
    """Past a relative clause set off after an introductory phrase ("At the shop, which opened in
    1952, its owner Ann Lee …"), or i."""
    if i >= len(tokens) or tokens[i].low not in ("which", "where"):
        return i
    comma = _comma_within(tokens, i + 1, 19)
    return comma + 1 if comma is not None else i


def past_second_opener(tokens: list[Token], i: int) -> int:
    """Past a second introductory phrase on a preposition, up to a comma, with no speech verb or
    pronoun subject in it, or i."""
    if i >= len(tokens) or tokens[i].low not in fw.PREPOSITIONS or not tokens[i].text.islower():
        return i
    comma = _comma_within(tokens, i + 1, 7)
    if comma is None or comma == i + 1 or any(t.low in _CLAUSE_WORDS for t in tokens[i + 1 : comma]):
        return i
    return comma + 1
