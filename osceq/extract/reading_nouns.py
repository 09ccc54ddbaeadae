"""`reading` before a noun it modifies (`a reading lamp`, `reading glasses`, `reading scores`): a noun
of its own, not the `a sign reading "…"` that reports a text."""

from __future__ import annotations

from osceq.extract.reading_words import READING_HEADS
from osceq.extract.tokens import Token

__all__ = ["reading_compound"]


def reading_compound(tokens: list[Token], v: int) -> bool:
    """Whether tokens[v] is `reading` as the first word of a compound noun (`a broken reading light`)."""
    return (
        tokens[v].low == "reading"
        and v + 1 < len(tokens)
        and tokens[v + 1].text.islower()
        and tokens[v + 1].low in READING_HEADS
    )
