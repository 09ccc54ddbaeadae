"""A capitalised word that opens a sentence before a full name (`Teenager Ann Lee said`, `Opener
Bo Park made 80`, `Indeed Ann Lee said`): when the article also writes the name without it, the
word is no first name; a common noun is the person's role. Read by `article_names.py`."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract.given_names import is_given_name
from osceq.extract.stopwords import STOPWORDS
from osceq.extract.word_kinds import title_word

__all__ = ["described_name", "describing_word"]

# Endings of adverbs that may open a sentence before a name (`Afterwards`, `Clearly`, `Likewise`).
_ADVERB_ENDINGS = ("ly", "wards", "wise")


def _no_name_word(word: str) -> bool:
    """Whether a capitalised word is no given name, title, function word or name with inner
    capitals (`Teenager`, `Indeed`; not `Mary`, `Gov.`, `So`, `McLeod`)."""
    if len(word) < 4 or not word[:1].isupper() or not word[1:].replace("-", "").isalpha():
        return False
    if not word[1:].islower():
        return False  # `McLeod`, `DeVito`: a name's own capitals
    return word.lower() not in STOPWORDS and not is_given_name(word) and not title_word(word)


def describing_word(word: str) -> bool:
    """Whether such a word is a common noun describing the person, not an adverb opening the
    sentence (`Teenager`; not `Indeed`, `Afterwards`)."""
    low = word.lower()
    return not (low in fw.INTRO_WORDS or low in fw.NOT_NAME_WORDS or low.endswith(_ADVERB_ENDINGS))


def described_name(name: str) -> bool:
    """Whether a name may be such a word before a full name that opens on a common given name
    (`Teenager Ann Lee`; not `Koos Ten Have`, whose rest is a surname of two words)."""
    first, _, rest = name.partition(" ")
    words = rest.split()
    return len(words) >= 2 and is_given_name(words[0]) and _no_name_word(first)
