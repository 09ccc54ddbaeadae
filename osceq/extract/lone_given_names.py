"""A person the article calls by a given name alone and never by a surname, as features, reviews and
profiles do (`a lorry driver named Joaquim`, `The eldest sister, Margo, …`): a common given name of
one sex, which the article writes as a person's name and never as a place's, a firm's or a thing's.
The pronoun resolver then takes the word for a he or a she of that sex."""

from __future__ import annotations

import re

from osceq.extract import function_words as fw
from osceq.extract import name_words as w
from osceq.extract import reporting as lex
from osceq.extract.given_names import given_name_gender
from osceq.extract.letter_cases import any_case_pattern
from osceq.extract.relation_names import relation_noun
from osceq.extract.word_kinds import person_noun

__all__ = ["lone_given_name_gender"]

# A word that makes the one after it a place's or a thing's (`in Chad`, `the Victoria line`).
_PLACE_OR_THING_BEFORE = re.compile(
    r"\b(?i:in|at|to|from|of|near|across|into|outside|inside|the|a|an|via|visit|visited|toward|towards)\s+$"
)
# A capitalised word right after: a surname, or a firm's or a place's next word (`Victoria Street`).
_CAPITAL_AFTER = any_case_pattern(r"\s+[A-Z]")
# Signs of a person's name: `named Joaquim`, `called Bia`; set off by commas after a relation or a
# kind of person (`The eldest sister, Margo,`, `Her father, Brad, 39,`); or a reporting verb's subject.
_NAMED_BEFORE = re.compile(r"\b(?:named|called|nicknamed)\s+$")
_DESCRIPTION_BEFORE = any_case_pattern(r"\b([a-z][\w’'\-]*),\s+$")
_COMMA_AFTER = re.compile(r",\s")
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
_NOT_A_PERSON = w.PLACES | w.ORGANISATION_WORDS | w.TITLES | w.OFFICES | fw.NOT_NAME_WORDS


def lone_given_name_gender(text: str, name: str) -> str | None:
    """ "m" or "f" when the one word is a given name of that sex the text writes as a person's name
    at least once (`named Joaquim`, `The eldest sister, Margo,`, `Margo said`), and never before
    another capitalised word nor after a word that makes it a place or a thing (`in Chad`, `the
    Victoria line`). The caller makes sure no name of the article is fuller."""
    if not (len(name) > 2 and name.isalpha() and name[0].isupper() and name[1:].islower()):
        return None
    gender = given_name_gender(name)
    if gender is None or name.lower() in _NOT_A_PERSON:
        return None
    named = False
    for match in re.finditer(rf"\b{re.escape(name)}\b", text):
        start, end = match.start(), match.end()
        if _CAPITAL_AFTER.match(text, end) or _PLACE_OR_THING_BEFORE.search(text, max(0, start - 12), start):
            return None
        named = named or _named_as_person(text, start, end)
    return gender if named else None


def _named_as_person(text: str, start: int, end: int) -> bool:
    """Whether the word at start:end is written as a person's name there (see lone_given_name_gender)."""
    if _NAMED_BEFORE.search(text, max(0, start - 12), start):
        return True
    described = _DESCRIPTION_BEFORE.search(text, max(0, start - 40), start)
    if described and _COMMA_AFTER.match(text, end):
        head = described.group(1)
        return relation_noun(head) or person_noun(head)  # (not `The country, Chad,`)
    verb = _WORD_AFTER.match(text, end)
    if verb is None:
        return False
    # (not a form that is as often a noun: `Frank talks were held`)
    return verb.group(1) in lex.REPORTING_FORMS and verb.group(1) not in lex.NOUN_LIKE_FORMS
