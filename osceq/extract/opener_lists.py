"""An opening phrase that ends in a list of names (`After talks with Ann Lee, Ivo Marsh and Tom Reed,
Bo Park said …`): the names after its first comma are the list's items, not the sentence's subject,
which follows the comma that closes the list. A short run set off by a further comma after the
list (`In Bonn, Ivo Marsh and Ann Lee, Tarnland's envoys, told …`) is an apposition: the list is
then the subject itself. Read by `subjects.py`."""

from __future__ import annotations

from osceq.extract.reporting import REPORTING_FORMS
from osceq.extract.tokens import Token, capitalised

# Lower-case words a listed name may hold (`Secretary of State Ivo Marsh`).
_NAME_JOINERS = frozenset(("of", "the", "and", "for", ".", "-", "&"))
# How many list items may follow the opening phrase's first comma.
_ITEMS = 6
# How many words an apposition set off after a list may hold (`Labour MPs for Tarnville`).
_APPOSITION = 5


def subject_after_listed_names(tokens: list[Token], comma: int) -> int | None:
    """Where the subject starts after a list of names that an opening phrase's first comma (index
    comma) splits, when the list closes with an "and" and a capitalised name then a comma, and the
    phrase before the first comma ends in a name too; None when that is no such list."""
    if comma == 0 or not capitalised(tokens[comma - 1]):
        return None
    k = comma + 1
    for _ in range(_ITEMS):
        if k >= len(tokens) or not capitalised(tokens[k]):
            return None
        joined = False
        while k < len(tokens) and tokens[k].text != ",":
            word = tokens[k]
            if not capitalised(word) and word.low not in _NAME_JOINERS:
                return None  # a verb or a noun: a clause, not a name of the list
            if word.low == "and" and k + 1 < len(tokens) and capitalised(tokens[k + 1]):
                joined = True
            k += 1
        if k + 1 >= len(tokens):
            return None
        if joined:
            return k + 1 if capitalised(tokens[k + 1]) and not _apposition(tokens, k + 1) else None
        k += 1
    return None


def _apposition(tokens: list[Token], start: int) -> bool:
    """Whether the words from start reach a comma within a few words and no reporting verb: a
    phrase set off after the list (its subject's apposition), not the subject and its verb."""
    for token in tokens[start : start + _APPOSITION + 1]:
        if token.text == ",":
            return True
        if token.low in REPORTING_FORMS:
            return False
    return False
