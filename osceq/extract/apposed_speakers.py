"""A name set off beside a his/her (`His son, Ivo Lomax, a builder, said …`) that goes on to speak:
the he or she of the quote after it is that person, not the possessor."""

from __future__ import annotations

import re

from osceq.extract import kin_words
from osceq.extract import reporting as lex
from osceq.extract.given_names import first_name_gender, given_name_gender

# After the name: an optional role (`, a builder`), the comma closing the apposition, the verb.
_VERB_AFTER = re.compile(r"(?:\s*,[^,.;:!?\"“”\n]{1,80})?\s*,\s+([a-z]+)\b")
# The relation noun closing `His son,` before the name.
_RELATION = re.compile(r"([a-z][\w’'\-]*),\s*$")


def speaks_after(text: str, name_end: int) -> bool:
    """Whether the name ending at name_end is the subject of a reporting or remembering verb (`…,
    Ivo Lomax, a builder, recalled …`): a speaker introduced, where `His rival, Ivo Lomax, won`
    only names someone the possessor's story is about."""
    match = _VERB_AFTER.match(text, name_end)
    return match is not None and match.group(1) in lex.REPORTING_FORMS


def relative_goes_on(text: str, owner: str, name: str, name_end: int, gender: str) -> bool:
    """Whether the name set off after `owner` (`His son,`) is the he/she ("m"/"f") of a later quote:
    it goes on to speak, the relation is kin of that sex and the given name is of that sex too
    (`His daughter, Ann Lee, said` is no he; `His lawyer, Chris Lee, said` may be anyone)."""
    relation = _RELATION.search(owner)
    if relation is None or not speaks_after(text, name_end):
        return False
    kin = kin_words.MALE_KIN if gender == "m" else kin_words.FEMALE_KIN
    # (a lone word set off after kin is a given name: `His brother, Mark, said`)
    sex = first_name_gender(name) if " " in name else given_name_gender(name)
    return relation.group(1).lower() in kin and sex == gender
