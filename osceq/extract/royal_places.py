"""Places and institutions named after a royal (`King George Sound`, `Queen Mary Hospital`): the
royal title opens the place's whole name and is no title of a person. Read by `name_runs.py`."""

from __future__ import annotations

from osceq.extract.royal_place_words import PLACE_ENDS, ROYAL_TITLES

__all__ = ["royal_place"]


def royal_place(run: list[str]) -> bool:
    """Whether a capitalised run is a royal title, one or two name words and a place's head."""
    return (
        3 <= len(run) <= 4
        and run[0].lower().rstrip(".") in ROYAL_TITLES
        and run[-1].lower() in PLACE_ENDS
        and all(word[:1].isupper() for word in run[1:])
    )
