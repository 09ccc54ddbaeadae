"""A family name that is also a verb (`Tom Asked`, `Mr. Told`): capitalised right after a given name
or a courtesy title, the word ends the person's name instead of breaking it off."""

from __future__ import annotations

from collections.abc import Iterable

from osceq.extract import name_words as w
from osceq.extract.given_names import is_given_name

_COURTESY_TITLES = w.COURTESY_TITLES | {"Dr"}


def verb_surname(tokens: list[str]) -> tuple[str, str | None] | None:
    """The name (and no role) of a two-word mention whose second word is a capitalised verb form that
    would end a name, after a given name (`Tom Asked` -> "Tom Asked") or a courtesy title (`Mr.
    Asked` -> "Asked"); None otherwise."""
    if len(tokens) != 2:
        return None
    first, last = tokens
    low = last.lower()
    # (other words after a given name are read as the name already)
    if not (last[:1].isupper() and last[1:].islower() and low in w.NAME_BREAKS):
        return None
    if first.rstrip(".") in _COURTESY_TITLES:
        return last, None
    return (f"{first} {last}", None) if is_given_name(first) else None


def known_verb_surname(name: str, full_names: Iterable[str]) -> bool:
    """Whether a lone verb form read as a name is the family name of one of the article's people
    named in full, by a given name and the same last word (`Tom Asked … "…," Asked said`)."""
    return " " not in name and any(
        n.split()[-1] == name and is_given_name(n.split()[0]) for n in full_names
    )  # (not `Editor's Note`)
