"""A writing that opens its clause and finds what the quotation says (`A 2014 council report found
"…"`, `The audit found that "…"`): the writing, the verb's subject, is the source of the words.
Read by `document_relatives.py`."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract.tokens import Token, possessive

__all__ = ["writing_subject_finds"]

# How many words the writing's phrase may hold before its noun (`the latest joint council report`).
_REACH = 5


def writing_subject_finds(
    tokens: list[Token], v: int, writings: frozenset[str], finding: frozenset[str]
) -> bool:
    """Whether the finding verb at v follows at once a writing's noun phrase that opens its clause,
    with nothing but "that" between the verb and the quotation."""
    rest = [t.low for t in tokens[v + 1 :]]
    if tokens[v].low not in finding or rest not in ([], ["that"]) or v < 2:
        return False
    noun = tokens[v - 1]
    if noun.low not in writings or not noun.text.islower():
        return False
    owned = False
    for k in range(v - 2, max(-1, v - 2 - _REACH), -1):
        token = tokens[k]
        opens = k == 0 or tokens[k - 1].text in ",;"  # (`Lee said the report found`: a clause inside)
        if token.low in fw.DETERMINERS:
            return opens
        if not (token.text.isalnum() or possessive(token)) or token.low in fw.PREPOSITIONS:
            return False
        owned = owned or possessive(token)
        if owned and opens:
            return True  # `Ann Lee's audit found`, `The council's report found`
    return False
