"""A sentence that opens on a time phrase before its comma (`Late Thursday, Ann Lee posted …`,
`Early Monday, …`): the capitalised first word is no name, so the subject follows the comma."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract.time_words import DAY_EDGES, NAMED_TIMES
from osceq.extract.tokens import Token

__all__ = ["opens_intro"]


def opens_intro(tokens: list[Token], i: int) -> bool:
    """Whether token i opens an introductory phrase: an intro word (`Later`, `Meanwhile`) or an edge
    of a named day or month (`Late Thursday`, `Early March`)."""
    if tokens[i].low in fw.INTRO_WORDS:
        return True
    return tokens[i].low in DAY_EDGES and i + 1 < len(tokens) and tokens[i + 1].low in NAMED_TIMES
