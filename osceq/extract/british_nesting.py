"""British nesting: single marks as the outer quotation, double marks inside it (`‘He said “no”,
so I left,’ she said.`). A double-quoted passage wholly inside a single-quoted one is the speaker's
own quoting of someone else, part of the outer quotation and no quotation of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from osceq.extract.quotemarks import Pair


def without_nested_doubles(doubles: list[Pair], singles: list[Pair]) -> list[Pair]:
    """The double-mark pairs that do not lie inside a closed single-mark pair (both lists sorted by
    their opening mark; one pass over each)."""
    kept: list[Pair] = []
    k = 0
    for pair in doubles:
        while k < len(singles) and singles[k].close_end <= pair.open_start:
            k += 1
        outer = singles[k] if k < len(singles) else None
        if (
            outer is not None
            and outer.closed
            and pair.closed
            and outer.open_start < pair.open_start
            and pair.close_end <= outer.close_start
        ):
            continue
        kept.append(pair)
    return kept
