"""Surnames the article writes after a courtesy title (`Mr. Tamimi said …`): a person, even when
the article never gives the full name, so a later he or she may stand for them."""

from __future__ import annotations

import re
from collections.abc import Callable

from osceq.extract.name_words import COURTESY_TITLES
from osceq.extract.speaker_names import GENDERED

# Titles of address that only a person takes (not King or Prince, which may open a place's name).
_COURTESY = COURTESY_TITLES | {"Sir", "Dame"}


# What any match of GENDERED opens on (`Mrs` and `Miss` after `M`, `Princess` after `Prince`).
_TITLE_STEMS = ("Mr", "Ms", "Miss", "Sir", "Dame", "Lord", "Lady", "King", "Queen", "Prince")


def courtesy_titles(text: str) -> list[re.Match[str]]:
    """GENDERED's matches in the text (a title, the word after it); the pattern's scan of the whole
    text is left out when no title's letters are in it, as in most articles."""
    if not any(stem in text for stem in _TITLE_STEMS):
        return []
    return list(GENDERED.finditer(text))


def titled_surnames(text: str) -> set[str]:
    """The words written right after a courtesy title anywhere in the text."""
    return {match.group(2) for match in courtesy_titles(text) if match.group(1) in _COURTESY}


def add_titled_people(people: dict[str, list[str]], text: str, key: Callable[[str], str]) -> None:
    """File each titled surname the article gives no fuller name for as a person of its own."""
    for surname in titled_surnames(text):
        people.setdefault(key(surname), [surname])
