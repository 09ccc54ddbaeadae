"""A sentence that only says somebody broke into the talk (`Lee cut in.`, `Ann Roe chimed in again.`):
the quotation right after it holds the words that broke in."""

from __future__ import annotations

from osceq.extract.phrases import np_backward
from osceq.extract.tokens import Token

__all__ = ["interjection"]

# Verbs that make a phrase of breaking into talk with "in" after them.
_BREAKING_IN = frozenset({"cut", "chimed", "broke", "jumped", "butted"})
# What may close such a sentence after "in".
_AFTER_IN = frozenset({"again", "quickly", "sharply"})


def interjection(tokens: list[Token]) -> tuple[int, int, str, int] | None:
    """The subject (start, end, kind) and the verb's index of a sentence `Name|he|she <verb> in.`,
    opened by its subject; None for any other sentence."""
    words = [k for k, t in enumerate(tokens) if t.text[:1].isalnum()]
    v = next((k for k in words if tokens[k].low in _BREAKING_IN), None)
    if v is None or v + 1 >= len(tokens) or tokens[v + 1].low != "in" or not tokens[v].text.islower():
        return None
    if any(tokens[k].low not in _AFTER_IN for k in words if k > v + 1):
        return None  # `Lee cut in line`, `Lee broke in to the house`: more than an interruption
    subject = np_backward(tokens, v)
    if subject is None or subject[1] != v or subject[0] != words[0] or subject[2] not in ("name", "pronoun"):
        return None
    if subject[2] == "pronoun" and tokens[subject[0]].low not in ("he", "she"):
        return None
    return subject[0], subject[1], subject[2], v
