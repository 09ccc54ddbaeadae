"""A place written right before a full name after "in", "at", "from" or "near" (`a trade expert in
Lisbon Ivo Pask`): the place ends the phrase before the name and is no part of it."""

from __future__ import annotations

import re

from osceq.extract.given_names import given_name_gender, is_given_name

__all__ = ["place_before_name_length"]

# A lower-case preposition of place right before the run.
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|from|near)\s+$")


def place_before_name_length(text: str, start: int, run: str) -> int:
    """How many characters of the capitalised run at `start` are a place before a full name (`Lisbon `
    of `Lisbon Ivo Pask` after "in"): its first word, no given name, when a given name of one sex
    follows it; else 0."""
    words = run.split()
    if len(words) < 3 or not _PREPOSITION_BEFORE.search(text, max(0, start - 8), start):
        return 0
    if is_given_name(words[0]) or given_name_gender(words[1]) is None:
        return 0
    return run.find(words[1], len(words[0]))
