"""The sex a noun of kin gives a full name written right after it (`her husband Robin Lee`, `his
wife, Kim Lee,`): a title of the other sex (`Mrs Lee`) is then never that relative's."""

from __future__ import annotations

import re

from osceq.extract.kin_owners import kin_sex
from osceq.extract.kin_words import KIN_NOUNS

__all__ = ["kin_told_sex"]

_KIN = "|".join(sorted(KIN_NOUNS, key=len, reverse=True))


def kin_told_sex(text: str, name: str) -> str:
    """ "m" or "f" when every noun of kin written after a his/her/their right before the full name
    tells one sex (`her husband Robin Lee`); "" when none does, or they disagree."""
    pattern = rf"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+({_KIN}),?\s+{re.escape(name)}\b"
    sexes = {kin_sex(match.group(1)) for match in re.finditer(pattern, text)}
    return sexes.pop() if len(sexes) == 1 else ""
