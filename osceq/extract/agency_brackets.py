"""A dateline's agency in brackets after a state's abbreviation (`DOVER, Del. (Capitol Wire) —`):
the abbreviation's full stop ends no sentence, or the agency would open the next one as a subject
that a later he or she may take."""

from __future__ import annotations

import re

__all__ = ["agency_follows"]

# The agency in brackets, then the dateline's dash (the wire's own name, of one to four words).
_AGENCY_THEN_DASH = re.compile(r"[ ]\([A-Z][A-Za-z.&-]*(?:[ ][A-Za-z.&-]+){0,3}\)[ ]?(?:[-–—]|--)[ ]")


def agency_follows(text: str, dot: int) -> bool:
    """Whether the full stop at dot is followed by a dateline's agency in brackets and its dash."""
    return text.startswith(" (", dot + 1) and _AGENCY_THEN_DASH.match(text, dot + 1) is not None
