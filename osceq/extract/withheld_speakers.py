"""Speakers taken back from quotes whose cue or owner is another clause's, applied after the filter of
quotes worth keeping: the quote stays, unattributed (a wrong person is worse than nobody)."""

from __future__ import annotations

from osceq.extract import owner_predicates, relative_cues
from osceq.extract.quote_drafts import Draft


def withheld(text: str, drafts: list[Draft]) -> list[Draft]:
    """The drafts with every speaker read from a clause that is not the quote's left out."""
    return owner_predicates.withheld(text, relative_cues.withheld(text, drafts))
