"""Nouns of kin, by sex: a name set off after one is of that sex (`his daughter, Ann Lee,`), and a
partner's owner most often of the other (`Lee's husband`). Data only."""

from __future__ import annotations

from osceq.extract.word_lists import words as _words

__all__ = ["FEMALE_KIN", "KIN_NOUNS", "MALE_KIN", "PARTNER_KIN"]

# Kin by sex, beside the relations of name_words (`his daughter, Ann Lee,`): a name set off after one
# is of that sex.
FEMALE_KIN = _words(
    """
    aunt daughter fiancee girlfriend granddaughter grandmother mother niece sister stepdaughter
    stepmother widow wife
    """
)
MALE_KIN = _words(
    """
    boyfriend brother father fiance grandfather grandson husband nephew son stepfather stepson uncle
    widower
    """
)
# Kin and children of either sex: a given name written after one is that person's own.
KIN_NOUNS = FEMALE_KIN | MALE_KIN | _words("boy child cousin girl partner")

# Partners, most often of the other sex than the owner (`Lee's husband`: Lee most likely a she).
PARTNER_KIN = _words("boyfriend fiance fiancee girlfriend husband widow widower wife")
