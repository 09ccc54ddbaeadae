"""A dateline's agency in brackets after a state's abbreviation (`DOVER, Del. (Capitol Wire) —`):
the abbreviation's full stop ends no sentence, or the agency would open the next one as a subject
that a later he or she may take."""

from __future__ import annotations

import re

from osceq.extract.web_words import STATE_ABBREVIATIONS

__all__ = ["agency_follows"]

# The agency in brackets, then the dateline's dash (the wire's own name, of one to four words).
_AGENCY_THEN_DASH = re.compile(r"[ ]\([A-Z][A-Za-z.&-]*(?:[ ][A-Za-z.&-]+){0,3}\)[ ]?(?:[-–—]|--)[ ]")


# The state's abbreviation after the town's comma, ending at the full stop (`, Del.`, `, N.H.`).
_STATE_BEFORE = re.compile(r",[ ]([A-Za-z][A-Za-z.]{0,5})$")


def agency_follows(text: str, dot: int) -> bool:
    """Whether the full stop at dot ends a state's abbreviation after a town and is followed by a
    dateline's agency in brackets and its dash (`Tom Reed spoke last. (Ann Lee) — …` ends a sentence)."""
    if not text.startswith(" (", dot + 1) or _AGENCY_THEN_DASH.match(text, dot + 1) is None:
        return False
    state = _STATE_BEFORE.search(text, max(0, dot - 9), dot)
    return state is not None and state.group(1).lower() in STATE_ABBREVIATIONS
