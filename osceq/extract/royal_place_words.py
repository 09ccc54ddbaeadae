"""Words of the names of places named after a royal (`King George Sound`). Data only; read by
`royal_places.py`."""

from __future__ import annotations

from osceq.extract.word_lists import words

__all__ = ["PLACE_ENDS", "ROYAL_TITLES"]

# Royal titles that go with a given name alone, never a surname, so a word after the given name
# that heads a place or a building ends a place's name.
ROYAL_TITLES = words("king queen prince princess emperor empress")

# Heads of the names of places, waters and buildings (`Sound`, `Hospital`): some are surnames too
# (Sound, Hall, Park), but a royal title takes none.
PLACE_ENDS = words(
    """
    sound bay gulf strait straits channel island islands land coast peninsula river lake falls
    mountains range glacier harbour harbor park gardens hospital infirmary bridge street road square
    avenue station airport dock docks stadium theatre theater hall memorial
    """
)
