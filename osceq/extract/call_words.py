"""Nouns of a call or plea whose source `from`/`by` names, and the words around them (see
call_sources)."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """A word list written as one space-separated string."""
    return frozenset(text.split())


# The call, demand or plea made to someone (`calls from Tom Reed to`, `a plea by the union to`).
CALL_NOUNS = _words("call calls demand demands plea pleas")
# Verbs before `calls` that make it a telephone's (`made calls from his car to`, `took calls from
# voters`), no plea.
PHONE_VERBS = _words(
    """
    make makes made making take takes took taken taking receive receives received receiving get gets
    got getting have has had having field fields fielded fielding answer answers answered answering
    return returns returned returning place places placed placing screen screens screened screening
    """
)
# Bodies named in lower case that call on someone as one (`calls from the opposition to`), beside
# the organisation words and the nouns of people.
GROUP_SOURCES = _words("opposition")
