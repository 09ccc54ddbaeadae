"""`its president Ivo Marsh`, `their lawyer Ann Lee`: a possessive determiner, a role and a full
name. The role in apposition sets the name out as a person's, whatever its given name."""

from __future__ import annotations

from typing import Protocol

from osceq.extract.given_names import is_given_name
from osceq.extract.kin_words import KIN_NOUNS
from osceq.extract.name_words import RELATION_NOUNS
from osceq.extract.word_kinds import person_noun, title_word

# Possessive determiners that open a role owned by a body or a person named before.
_OWNERS = frozenset(["its", "his", "her", "their", "our"])


def owned_role_name_start(tokens: list[str]) -> int | None:
    """Where the full name starts after an owned role of one to three lower-case words ending in a
    title or a word for a person (`its president`, `their chief lawyer`); None for any other shape."""
    if len(tokens) < 4 or tokens[0].lower() not in _OWNERS:
        return None
    for k in range(2, min(5, len(tokens) - 1)):
        role, name = tokens[1:k], tokens[k:]
        if not all(word.isalpha() and word.islower() for word in role):
            return None
        head = role[-1]
        if (
            (title_word(head) or person_noun(head))
            and 2 <= len(name) <= 3
            and all(_name_word(t) for t in name)
        ):
            return k
    return None


def _name_word(token: str) -> bool:
    return token[:1].isupper() and token[1:].isalpha() and token[1:].islower()


class _Named(Protocol):
    """A mention read on its own: its name."""

    name: str


def possessive_joint(tokens: list[str], k: int, left: str, right: _Named) -> tuple[str, str | None] | None:
    """The name and role of `left and his/her/their role Name` ("and" at token k): a full or titled
    name joins the phrase after it (`Karen Holm and her deputy Ivo Marsh`), as a subject does; after
    a lone word the named one speaks, the rest a role (`Bell and his lawyer Ivo Marsh`)."""
    if tokens[k + 1].lower() not in ("his", "her", "their"):
        return None
    if full_name_joint(tokens[:k], "".join(tokens[k + 2 : k + 3])):
        return f"{left} and {' '.join(tokens[k + 1 :])}", None
    named = right.name.split()
    if not (named[0][:1].isupper() and tokens[-len(named) :] == named and len(tokens) - len(named) > k + 2):
        return None
    return right.name, " ".join(tokens[: -len(named)])


def full_name_joint(name: list[str], word: str) -> bool:
    """Whether the words before "and his/her/their" are a full or titled person's name and the word
    after it kin or a role (`Karen Holm and her deputy …`), not a lone word (`He left Paris and his
    deputy …`, `Reuters and his …`, `Bell and his lawyer …`)."""
    return len(name) >= 2 and (is_given_name(name[0]) or title_word(name[0])) and _kin_or_role(word)


def _kin_or_role(word: str) -> bool:
    """Whether a word after "and his/her/their" is kin or a role (`brother`, `rival`, `deputy`)."""
    low = word.lower()
    return low in KIN_NOUNS or low in RELATION_NOUNS or person_noun(low) or title_word(low, nouns_only=True)
