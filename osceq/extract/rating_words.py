"""Analysts' ratings of a stock, written in quotation marks as labels (`a "buy" rating`, `upgraded
the shares to "outperform"`): read by `quote_filters.py`, where such a word is no quotation."""

from __future__ import annotations

RATINGS = frozenset(
    {
        "buy",
        "strong buy",
        "sell",
        "strong sell",
        "hold",
        "accumulate",
        "reduce",
        "outperform",
        "underperform",
        "market perform",
        "sector perform",
        "neutral",
        "overweight",
        "underweight",
        "equal weight",
        "equal-weight",
    }
)

# Words of rating a stock near such a label (`rating`, `rates`, `recommendation`, `upgraded`).
RATING_CONTEXT = (
    r"rat(?:ing|ings|es|ed)|recommendations?|recommended|upgrad(?:e|es|ed|ing)|downgrad(?:e|es|ed|ing)"
)
