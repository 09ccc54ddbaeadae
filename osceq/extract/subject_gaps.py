"""The words a backward reading skips between a subject and its verb: adverbs and other words
between them, a floating quantifier, an emphatic reflexive (`Tillman himself insists`) and a time
phrase (`Smith on Friday said`). Read by `phrases.py`."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract.tokens import Token, between_word


def skip_between(tokens: list[Token], j: int) -> int:
    while j > 0 and (
        between_word(tokens[j - 1])
        or (j > 1 and tokens[j - 1].low in fw.FLOATING_QUANTIFIERS)
        or (j > 1 and tokens[j - 1].low in _EMPHATIC_REFLEXIVES and tokens[j - 1].text.islower())
    ):
        j -= 1
    return j


# A reflexive right after the subject stresses it (`Tillman himself insists`): no part of the name.
_EMPHATIC_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself"})


def skip_time(tokens: list[Token], j: int) -> int:
    """The index before a time phrase ending at j ("Smith on Friday said", "the panel last week said")."""
    if j == 0 or tokens[j - 1].low not in fw.TIME_NOUNS:
        return j
    k = j - 1
    while k > 0 and (tokens[k - 1].low in fw.TIME_NOUNS or tokens[k - 1].low in fw.TIME_HEADS):
        k -= 1
    return k if k > 0 else j
