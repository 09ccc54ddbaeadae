"""Ranks and posts a person's name may keep before its given name (`Inspector Mary Cole`)."""

from __future__ import annotations

from osceq.extract.name_words import OCCUPATIONS_BEFORE_NAMES, PERSON_NOUNS, TRADE_NOUNS
from osceq.extract.word_lists import words as _words

# Ranks and posts a name may keep before its given name (`Inspector Mary Cole`, `Ranger Helen Darby`),
# beside the person nouns, trades and occupations: only these tell that the first word is no given
# name of its own.
RANKS_KEPT_IN_NAMES = (
    PERSON_NOUNS
    | TRADE_NOUNS
    | OCCUPATIONS_BEFORE_NAMES
    | _words(
        """
        chaplain constable curator deputy detective inspector marshal pastor principal ranger sergeant
        sheriff superintendent trooper warden
        """
    )
)
