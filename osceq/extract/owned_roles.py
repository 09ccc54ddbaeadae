"""`its president Ivo Marsh`, `their lawyer Ann Lee`: a possessive determiner, a role and a full
name. The role in apposition sets the name out as a person's, whatever its given name."""

from __future__ import annotations

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
