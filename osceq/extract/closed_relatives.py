"""The owner of a relative clause closed by its verb, with no commas, before the main verb: `An aide
who asked not to be named said "…"` is the aide's, not the relative's."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract.phrases import np_backward
from osceq.extract.restrictive_relatives import closed_relative_start
from osceq.extract.tokens import Token


def closed_relative_owner(tokens: list[Token], v: int) -> tuple[int, int, str] | None:
    """The noun phrase owning a "who" clause that ends right before the verb at v, or None."""
    w = closed_relative_start(tokens, v)
    if w is None:
        return None
    owner = np_backward(tokens, w)
    if owner is None or owner[2] not in ("name", "nominal") or owner[1] != w:
        return None
    a = owner[0]
    # The owner opens its clause (`An aide who …`, `…, but one aide who …`); after a verb or a
    # preposition (`a member involved in drafting the law who …`) it is an object, and whose
    # clause the "who" hangs on is not plain.
    if a > 0 and tokens[a - 1].text not in fw.CLAUSE_MARKS and tokens[a - 1].low not in fw.PHRASE_OPENERS:
        return None
    return owner
