"""Clock times with a time-zone abbreviation (`12.31 BST`, `2.30pm GMT`, `9:15 a.m. ET`), which
open live-blog entries and wire stamps and are never part of a speaker's name."""

from __future__ import annotations

from osceq.extract.tokens import Token
from osceq.extract.zone_words import TIME_ZONES

__all__ = ["after_time_stamp"]


def after_time_stamp(tokens: list[Token], i: int, j: int) -> int:
    """Where a name in tokens i..j starts after the last clock time's zone in it (`12.31 BST PM`:
    "PM"); i when there is none."""
    for m in range(j - 1, max(i, 1) - 1, -1):
        if tokens[m].text in TIME_ZONES and _clock_before(tokens, m):
            return m + 1
    return i


def _clock_before(tokens: list[Token], m: int) -> bool:
    """Whether a clock time ends right before token m (`14.05`, `2.30pm`, `0915`, `9:15 a.m.`)."""
    before = tokens[m - 1].text
    if before[:1].isdigit():
        return True
    return m > 2 and before == "." and tokens[m - 2].low == "m" and tokens[m - 3].text == "."
