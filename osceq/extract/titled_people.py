"""Surnames the article writes after a courtesy title (`Mr. Tamimi said …`): a person, even when
the article never gives the full name, so a later he or she may stand for them."""

from __future__ import annotations

import re
from collections.abc import Callable

from osceq.extract.letter_cases import any_case_pattern
from osceq.extract.name_words import COURTESY_TITLES, GAELIC_PARTICLES, NAME_PARTICLES
from osceq.extract.speaker_names import GENDERED

# Titles of address that only a person takes (not King or Prince, which may open a place's name).
_COURTESY = COURTESY_TITLES | {"Sir", "Dame"}


# What any match of GENDERED opens on (`Mrs` and `Miss` after `M`, `Princess` after `Prince`).
_TITLE_STEMS = ("Mr", "Ms", "Miss", "Sir", "Dame", "Lord", "Lady", "King", "Queen", "Prince")

# A surname opening on particles after a title of address (`Ms. Ó Faoláin`, `Mr. Mac Giolla`, `Dr. de
# la Cruz`, `Ms. van der Berg`): the whole surname, particles and all, as the article writes it.
_PARTICLES = "|".join(sorted({p for p in NAME_PARTICLES if p.isalpha()} | GAELIC_PARTICLES))
_PARTICLE_TITLES = ("Mr", "Ms", "Miss", "Dr", "Sir", "Dame")  # (`Mrs` holds `Mr`)
_PARTICLE_SURNAME = any_case_pattern(
    r"\b(Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?\s+((?:(?:" + _PARTICLES + r")\s+){1,3}[A-Z][\w’'\-]+)"
)


def courtesy_titles(text: str) -> list[re.Match[str]]:
    """GENDERED's matches in the text (a title, the word after it); the pattern's scan of the whole
    text is left out when no title's letters are in it, as in most articles."""
    if not any(stem in text for stem in _TITLE_STEMS):
        return []
    return list(GENDERED.finditer(text))


def titled_surnames(text: str) -> set[str]:
    """The words written right after a courtesy title anywhere in the text, and the surnames opening
    on particles after one (`Ms. van der Berg`)."""
    found = {match.group(2) for match in courtesy_titles(text) if match.group(1) in _COURTESY}
    return found | {match.group(2) for match in titled_particle_surnames(text)}


def titled_particle_surnames(text: str) -> list[re.Match[str]]:
    """The surnames opening on particles after a title of address (`Ms. van der Berg`), each match a
    title and the surname; the scan is left out when no such title's letters are in the text."""
    if not any(title in text for title in _PARTICLE_TITLES):
        return []
    return list(_PARTICLE_SURNAME.finditer(text))


def add_titled_people(people: dict[str, list[str]], text: str, key: Callable[[str], str]) -> None:
    """File each titled surname the article gives no fuller name for as a person of its own."""
    # (The fullest first: `Ó Faoláin` filed stands for `Faoláin` too, not the other way round.)
    for surname in sorted(titled_surnames(text), key=lambda name: (-len(name), name)):
        people.setdefault(key(surname), [surname])
