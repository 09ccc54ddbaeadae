"""Nouns of a call or plea whose source `from`/`by` names (see call_sources)."""

from __future__ import annotations

from osceq.extract.function_words import INTENT_NOUNS

# A plan, call, demand or bid (function_words.INTENT_NOUNS) and the pleas and appeals made to someone
# (`calls from Tom Reed to`, `a plea by the union to`).
_MORE = """
plea pleas appeal appeals demands requests offers orders threats proposals bids invitations
"""
CALL_NOUNS = INTENT_NOUNS | frozenset(_MORE.split())
