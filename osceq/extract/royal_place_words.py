"""Words of the names of places named after a royal (`King George Sound`). Data only; read by
`royal_places.py`."""

from __future__ import annotations

from osceq.extract.word_lists import words

__all__ = ["PLACE_ENDS", "ROYAL_TITLES"]

# Royal titles that go with a given name alone, never a surname, so a word after the given name
# that heads a place or a building ends a place's name.
ROYAL_TITLES = words("king queen prince princess emperor empress")

# Heads of the names of places, waters and buildings (`Sound`, `Hospital`) that are seldom surnames:
# a prince's or a king's surname may be one (`Prince Ivo Hall`, `King Olam Land`), so Hall, Land,
# Park, Street, Bay, Lake, Bridge and River are left out.
PLACE_ENDS = words(
    """
    sound gulf strait straits channel island islands coast peninsula falls mountains range glacier
    harbour harbor gardens hospital infirmary road square avenue station airport dock docks stadium
    theatre theater memorial
    """
)
