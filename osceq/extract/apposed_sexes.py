"""The sex a role or a relative set off right before a name tells (`The board's chairwoman, Patrice
Vell,`, `his daughter, Patrice Vell,`, `her son, Ashley Vell,`): the writer's own word for the
person, which outweighs a given name the lists give to the other sex. A role in -man tells nothing:
many papers write `chairman` and `spokesman` for women too."""

from __future__ import annotations

import re

from osceq.extract import name_words as w
from osceq.extract.kin_owners import kin_sex

__all__ = ["apposed_sex"]

# A lower-case noun and its comma, then at most a lower-case word and a capitalised title before the
# name (`chairwoman, retired Judge `), up to the name's offset.
_NOUN_BEFORE = re.compile(r"\b([a-z]+),\s+(?:[a-z]+\s+)?(?:[A-Z][a-z]*\.?\s+)?$")


def apposed_sex(text: str, position: int, name: str) -> str | None:
    """ "f" or "m" when the name written at or just after `position` is set off by commas after a
    noun of one sex (see the module); not an item of a list (`the chairman, Mary Vell and …`)."""
    match = _NOUN_BEFORE.search(text, max(0, position - 60), position)
    if match is None:
        return None
    at = text.find(name, position, position + 80)
    if at < 0 or not text.startswith(",", at + len(name)):
        return None
    noun = match.group(1)
    if noun in w.FEMALE_TITLES:
        return "f"
    # (a kin noun of either sex; not `chairman` nor `spokesman`, which many papers write for women too)
    return kin_sex(noun) or None
