"""Surnames the article writes after a courtesy title (`Mr. Tamimi said …`): a person, even when
the article never gives the full name, so a later he or she may stand for them."""

from __future__ import annotations

from collections.abc import Callable

from osceq.extract.name_words import COURTESY_TITLES
from osceq.extract.speaker_names import GENDERED

# Titles of address that only a person takes (not King or Prince, which may open a place's name).
_COURTESY = COURTESY_TITLES | {"Sir", "Dame"}


def titled_surnames(text: str) -> set[str]:
    """The words written right after a courtesy title anywhere in the text."""
    return {match.group(2) for match in GENDERED.finditer(text) if match.group(1) in _COURTESY}


def add_titled_people(people: dict[str, list[str]], text: str, key: Callable[[str], str]) -> None:
    """File each titled surname the article gives no fuller name for as a person of its own."""
    for surname in titled_surnames(text):
        people.setdefault(key(surname), [surname])
