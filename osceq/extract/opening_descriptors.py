"""A capitalised common noun that opens a sentence before a full name (`Teenager Ann Lee said`,
`Opener Bo Park made 80`): when the article also writes the name without it, the noun is the
person's role, not a first name. Read by `article_names.py`."""

from __future__ import annotations

from osceq.extract.given_names import is_given_name
from osceq.extract.stopwords import STOPWORDS
from osceq.extract.word_kinds import title_word

__all__ = ["described_name", "may_describe"]


def may_describe(word: str) -> bool:
    """Whether a capitalised word before a name may be a common noun describing the person: no given
    name, title, function word or initial (`Teenager`, `Veteran`; not `Mary`, `Gov.`, `So`)."""
    if len(word) < 4 or not word[:1].isupper() or not word[1:].replace("-", "").isalpha():
        return False
    if not word[1:].islower():
        return False  # `McLeod`, `DeVito`: a name's own capitals
    low = word.lower()
    return low not in STOPWORDS and not is_given_name(word) and not title_word(word)


def described_name(name: str) -> bool:
    """Whether a name may be a describing word before a full name that opens on a common given name
    (`Teenager Ann Lee`; not `Koos Ten Have`, whose rest is a surname of two words)."""
    first, _, rest = name.partition(" ")
    words = rest.split()
    return len(words) >= 2 and is_given_name(words[0]) and may_describe(first)
