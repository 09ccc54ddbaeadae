"""Clauses inside a speaker mention's words (strings only: the query side reads mentions without
loading the tokenizer)."""

from __future__ import annotations

__all__ = ["without_relative_clause"]

_RELATIVES = ("who", "which")


def without_relative_clause(words: list[str]) -> list[str]:
    """A mention's words without the relative clause between its joined parts (`Many Liberals, who
    hold the Senate, and Greens` reads as `Many Liberals and Greens`)."""
    if "," not in words:
        return words
    first = words.index(",")
    if first + 1 >= len(words) or words[first + 1].lower() not in _RELATIVES:
        return words
    second = next((k for k in range(first + 2, len(words) - 1) if words[k] == ","), None)
    if second is None or words[second + 1] != "and":
        return words
    return words[:first] + words[second + 1 :]
