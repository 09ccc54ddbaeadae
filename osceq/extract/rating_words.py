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

# Words of rating a stock near such a label (`rating`, `rates the stock`, `recommendation`,
# `upgraded`): "rates" only as a verb with its object, never the noun (`interest rates`).
RATING_CONTEXT = (
    r"rat(?:ing|ings|ed)|rates(?=\s+(?:the|its|their|it|them|shares|stocks?)\b)|recommendations?|recommended"
    r"|upgrad(?:e|es|ed|ing)|downgrad(?:e|es|ed|ing)"
)
# Right after a label only a rating's noun makes it one (`a "hold" rating`, `a "buy" recommendation`).
RATING_NOUNS = r"ratings?|recommendations?"
# What the rating words before a label must rate: a stock, a share or a security, or a firm named
# after the rating's noun (`his recommendation of Kell Corp to a "buy"`), not a market at large
# (`After the downgrade, Ann Lee urged investors to "sell"`).
RATED_THINGS = (
    r"\b(?i:stocks?|shares?|securities|security|equit(?:y|ies)|bonds?)\b"
    r"|\b(?:rating|recommendation)s?\s+(?:of|on|for)\s+[A-Z]"
)
