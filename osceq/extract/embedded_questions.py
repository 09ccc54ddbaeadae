"""A reporting verb inside a `whether` question that closes before the quote (`To one, who asked
whether Tom Bell had called her, she said he had, "…"`): the question's content, never the tag of
the words after it."""

from __future__ import annotations

from osceq.extract.tokens import Token

__all__ = ["in_closed_question"]

_REACH = 12  # tokens back from the verb to its "whether"


def in_closed_question(tokens: list[Token], v: int) -> bool:
    """Whether the verb at v sits in a `whether` clause that a comma closes before the quote."""
    for k in range(v - 1, max(-1, v - _REACH), -1):
        word = tokens[k]
        if word.text in ',;:()"“”':
            return False
        if word.low == "whether":
            return any(t.text == "," for t in tokens[v + 1 : len(tokens) - 1])
    return False
