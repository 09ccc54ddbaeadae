"""A person the article calls by a given name alone and never by a surname, as features, reviews and
profiles do (`a lorry driver named Joaquim`, `The eldest sister, Margo, …`): a common given name of
one sex, which the article writes as a person's name and never as a place's, a firm's or a thing's.
The pronoun resolver then takes the word for a he or a she of that sex."""

from __future__ import annotations

import re

from osceq.extract import function_words as fw
from osceq.extract import name_words as w
from osceq.extract import reporting as lex
from osceq.extract.given_name_places import PERSON_WORDS_BEFORE, PLACE_GIVEN_NAMES, PLACE_OR_FIRM_BELONGINGS
from osceq.extract.given_names import given_name_gender
from osceq.extract.kin_words import KIN_NOUNS
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
# A capitalised word right before: a given name or a firm's first word (`Morgan Stanley`).
_CAPITAL_BEFORE = any_case_pattern(r"\b([A-Z][\w’'\-]*)\s+$")
# Words that open a sentence or a clause with a capital and are no part of a name (`As Margo, …`).
_OPENING_WORDS = fw.NOT_NAME_WORDS | fw.PREPOSITIONS | fw.SUBORDINATORS | fw.CONNECTIVES | fw.INTRO_WORDS
# A title or a kin word before a given name is a person's (`Chef Margo`, `Uncle Bruno`, `Dear Ann`).
_PERSON_BEFORE = w.TITLES | KIN_NOUNS | PERSON_WORDS_BEFORE
# The name's verb, then an `it` or an `its` that stands for the name: a firm's or a place's (`Grace
# said it would sell`, `Tiffany said its sales`, `Victoria raised its prices`); not a person's `it`
# of a thing or a state (`Bruno loves it`, `Margo says it is hard work`).
_IT_AFTER = re.compile(
    r"\s+(?:(?:has|had|have|will|would|could|may|might|is|was)\s+)?([a-z]+)\s+(?:that\s+)?(?:(its)|it\s+([a-z']+)\s+([a-z]+))\b"
)
_IT_STATE = frozenset({"is", "was", "'s", "’s"})
# Owning what a place or a firm owns (`Victoria's government`, `Chad's envoy`).
_OWNS_AFTER = re.compile(r"['’]s\s+([a-z]+)\b")
# Signs of a person's name: `named Joaquim`, `called Bia`; set off by commas after a relation or a
# kind of person (`The eldest sister, Margo,`, `Her father, Brad, 39,`); or a reporting verb's subject.
_NAMED_BEFORE = re.compile(r"\b([a-z]+)(,?)\s+(?:named|called|nicknamed)\s+$")
_DESCRIPTION_BEFORE = any_case_pattern(r"\b([a-z][\w’'\-]*),\s+$")
_COMMA_AFTER = re.compile(r",\s")
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
_NOT_A_PERSON = w.PLACES | PLACE_GIVEN_NAMES | w.ORGANISATION_WORDS | w.TITLES | w.OFFICES | fw.NOT_NAME_WORDS


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
        before = _CAPITAL_BEFORE.search(text, max(0, start - 40), start)
        if (before and before.group(1).lower() not in _OPENING_WORDS | _PERSON_BEFORE) or _it_for(text, end):
            return None
        owned = _OWNS_AFTER.match(text, end)
        if owned and owned.group(1) in PLACE_OR_FIRM_BELONGINGS:
            return None
        named = named or _named_as_person(text, start, end)
    return gender if named else None


def _it_for(text: str, end: int) -> bool:
    """Whether the name ending at end is the subject of a verb whose `its`, or a reported clause's
    `it` doing something, stands for it (see _IT_AFTER)."""
    match = _IT_AFTER.match(text, end)
    if match is None:
        return False
    if match.group(2):  # `its` right after the name's verb
        return True
    if match.group(1) not in lex.REPORTING_FORMS:
        return False
    # (`said it would reopen`, `said it was closing`; not `says it is hard work`)
    return match.group(3) not in _IT_STATE or match.group(4).endswith("ing")


def _named_as_person(text: str, start: int, end: int) -> bool:
    """Whether the word at start:end is written as a person's name there (see lone_given_name_gender)."""
    named = _NAMED_BEFORE.search(text, max(0, start - 40), start)
    if named:  # (not `named Chad's envoy`, nor a thing's name set off: `the ship, called Victoria`)
        kind = named.group(1)
        person = kind in w.SERVED_PERSONS or relation_noun(kind) or person_noun(kind)
        return (person or not named.group(2)) and not _OWNS_AFTER.match(text, end)
    described = _DESCRIPTION_BEFORE.search(text, max(0, start - 40), start)
    if described and _COMMA_AFTER.match(text, end):
        head = described.group(1)
        return relation_noun(head) or person_noun(head)  # (not `The country, Chad,`)
    verb = _WORD_AFTER.match(text, end)
    if verb is None:
        return False
    # (not a form that is as often a noun: `Frank talks were held`)
    return verb.group(1) in lex.REPORTING_FORMS and verb.group(1) not in lex.NOUN_LIKE_FORMS
