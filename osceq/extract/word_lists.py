"""The one helper the word-list modules share to write a list as a block of words."""

from __future__ import annotations

__all__ = ["words"]


def words(text: str) -> frozenset[str]:
    """A word list written as whitespace-separated words."""
    return frozenset(text.split())
