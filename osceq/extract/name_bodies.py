"""A body named by capitalised words and one lower-case noun for it, read back from a verb as the
verb's subject: `Late yesterday, Kestrel Materials board said …` is the board's."""

from __future__ import annotations

from osceq.extract.name_words import ORGANISATION_WORDS
from osceq.extract.tokens import Token, capitalised, joins_name

__all__ = ["body_after_name_start"]


def body_after_name_start(tokens: list[Token], j: int) -> int | None:
    """Where a subject `Kestrel Materials board` ending before token j begins, when it opens its
    clause (at the start, after a comma or a dash, or after "the"); None otherwise."""
    if j < 2 or not tokens[j - 1].text.islower() or tokens[j - 1].low not in ORGANISATION_WORDS:
        return None
    i = j - 1
    while i > 0 and (capitalised(tokens[i - 1]) or (i < j - 1 and joins_name(tokens, i - 1))):
        i -= 1
    if i == j - 1:
        return None
    if i > 0 and tokens[i - 1].low == "the":
        i -= 1
    return i if i == 0 or tokens[i - 1].text in ",—–-" else None
