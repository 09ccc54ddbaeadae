"""A speaker named by the given name alone inside the quotation given to them (`"Lorna thinks the
courts will save us," she said`, when "she" was read as Lorna Mack): people speak of others by a
first name, seldom of themselves, so the pronoun was most likely read as the wrong person. (A full
name or a surname is no such sign: candidates speak of themselves so, `"… vote for Bo Park"`.)"""

from __future__ import annotations

import re

from osceq.extract.letter_cases import any_case

# Not followed by a capitalised word (a surname).
_NO_CAPITAL_AFTER = any_case(r"\b(?!\s+[A-Z])")


def given_name_in_words(name: str, words: str) -> bool:
    """Whether the given name of a person's name (of two words or more) stands alone in the quoted
    words, with no capitalised word after it."""
    parts = name.split()
    if len(parts) < 2 or not (parts[0].isalpha() and parts[0][:1].isupper() and len(parts[0]) > 2):
        return False
    # (Alone: not followed by a surname, hers or another Peter's: `Peter Vollan`.)
    return re.search(rf"\b{re.escape(parts[0])}" + _NO_CAPITAL_AFTER, words) is not None
