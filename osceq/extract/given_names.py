"""Common given names that tell a person's sex, read by the mention parser and by the resolver.
Standard library only, so that any module may import it.

The word lists themselves, and how they were chosen, are in `given_name_lists.py`.
The words are kept as one string each and split into sets on first use, so that importing the
module costs next to nothing.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from osceq.extract.given_name_lists import EITHER_WORDS as _EITHER_WORDS
from osceq.extract.given_name_lists import FEMALE_WORDS as _FEMALE_WORDS
from osceq.extract.given_name_lists import MALE_WORDS as _MALE_WORDS
from osceq.extract.given_name_lists import MIDDLE_OF_EITHER_WORDS as _MIDDLE_OF_EITHER_WORDS
from osceq.extract.rank_words import RANKS_KEPT_IN_NAMES

__all__ = ["first_name_gender", "given_name_gender", "is_given_name", "ranked_name_gender"]


@cache
def _sets() -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(_MALE_WORDS.split()), frozenset(_FEMALE_WORDS.split())


@cache
def _either_sex() -> frozenset[str]:
    return frozenset(_EITHER_WORDS.split())


def __getattr__(attribute: str) -> frozenset[str]:
    """MALE and FEMALE, built on first use."""
    if attribute == "MALE":
        return _sets()[0]
    if attribute == "FEMALE":
        return _sets()[1]
    raise AttributeError(attribute)


_UNDECOMPOSED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "æ": "ae", "œ": "oe", "ß": "ss", "þ": "th"})


# Second given names that tell no sex (`Josep Maria`), keyed as `_key` keys them.
_MIDDLE_OF_EITHER = frozenset(_MIDDLE_OF_EITHER_WORDS.replace("é", "e").split())


def _key(word: str) -> str:
    """The word lower-cased, without diacritics ("José" -> "jose", "Jürgen" -> "jurgen")."""
    low = word.lower()
    if low.isascii():
        return low
    # (letters with a stroke or ligatures do not decompose: `Łukasz` is Lukasz)
    low = low.translate(_UNDECOMPOSED)
    return "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))


def given_name_gender(word: str) -> str | None:
    """ "m" or "f" when one word is a common given name of one sex ("Helen", "jorge")."""
    if len(word) <= 3 and word.isupper():
        return None  # an acronym in capitals ("EMI", "TIM"), not a name
    male, female = _sets()
    key = _key(word)
    if key in male:
        return "m"
    return "f" if key in female else None


def first_name_gender(name: str) -> str | None:
    """ "m" or "f" when a person's name of two words or more opens with a given name of one gender."""
    words = name.split()
    if len(words) < 2:
        return None  # a single word may be a surname ("Warren", "Grace")
    return given_name_gender(words[0])


def ranked_name_gender(name: str) -> str | None:
    """ "m" or "f" when a name of three words or more opens with a rank or post, then a given name of
    one sex (`Inspector Mary Cole`: a rank kept in the name)."""
    words = name.split()
    if len(words) < 3 or words[0].lower() not in RANKS_KEPT_IN_NAMES or is_given_name(words[0]):
        return None  # `Ayanna Howard Vell`: an unlisted first word may be a given name, its sex unknown
    if _key(words[1]) in _MIDDLE_OF_EITHER:
        return None  # `Josep Maria Tarrago`: the first word may be an unlisted given name, the sex its own
    return given_name_gender(words[1])


def is_given_name(word: str) -> bool:
    """Whether one word is a common given name, of one sex or of either ("Helen", "jim", "Kelly")."""
    if given_name_gender(word) is not None:
        return True
    return not (len(word) <= 3 and word.isupper()) and _key(word) in _either_sex()
