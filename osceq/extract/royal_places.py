"""Places and institutions named after a royal (`King George Sound`, `Queen Mary Hospital`): the
royal title opens the place's whole name and is no title of a person. Read by `name_runs.py`."""

from __future__ import annotations

from osceq.extract.word_lists import words

__all__ = ["royal_place"]

# Royal titles that go with a given name alone, never a surname, so a word after the given name
# that heads a place or a building ends a place's name.
ROYAL_TITLES = words("king queen prince princess emperor empress")

# Heads of the names of places, waters and buildings (`Sound`, `Hospital`); not `Street` nor `Hall`
# alone, which `name_words.PLACE_HEADS` reads elsewhere.
PLACE_ENDS = words(
    """
    sound bay gulf strait straits channel island islands land coast peninsula river lake falls
    mountains range glacier harbour harbor park gardens hospital infirmary bridge street road square
    avenue station airport dock docks stadium theatre theater hall memorial
    """
)


def royal_place(run: list[str]) -> bool:
    """Whether a capitalised run is a royal title, one or two name words and a place's head."""
    return (
        3 <= len(run) <= 4
        and run[0].lower().rstrip(".") in ROYAL_TITLES
        and run[-1].lower() in PLACE_ENDS
        and all(word[:1].isupper() for word in run[1:])
    )
