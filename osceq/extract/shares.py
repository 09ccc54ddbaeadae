"""Shares of a group, which speak only through the poll that counted them: `three in 10 Democrats`,
`3 out of 4 voters`, `40 percent of voters`, `two-thirds of voters`, `most Democrats`."""

from __future__ import annotations

from osceq.extract.timex_lexicon import NUMBER_WORDS
from osceq.extract.tokens import Token

# Single number words; "a" and "an" count only in phrases ("a third of"), which FRACTIONS cover.
_NUMBER_WORDS = frozenset(w for w in NUMBER_WORDS if " " not in w and w not in ("a", "an"))
# Words that state a part of a whole by themselves ("half of", "a third of", "most voters").
_FRACTIONS = frozenset(
    {
        "half",
        "third",
        "thirds",
        "quarter",
        "quarters",
        "fifth",
        "fifths",
        "tenth",
        "tenths",
        "majority",
        "most",
    }
)
# What follows a count to make it a share: "six in 10", "3 out of 4", "40 percent", "31 %".
_SHARE_LINKS = frozenset({"in", "out", "percent", "%", "per"})


def is_number(token: Token) -> bool:
    """A count in digits or in words ("10", "1,200", "three", "twenty")."""
    return token.text[:1].isdigit() or token.low in _NUMBER_WORDS


def _fraction(token: Token) -> bool:
    """`half`, `majority`, `two-thirds`: a part named by its word, alone or after a hyphenated number."""
    head, _, tail = token.low.rpartition("-")
    return token.low in _FRACTIONS or (head in _NUMBER_WORDS and tail in _FRACTIONS)


def opens_share(tokens: list[Token], at: int) -> bool:
    """Whether the phrase at token at opens with a share: a count followed by "in", "out of" or
    "percent" (a bare count, `Two voters said`, names respondents, not a share), or a fraction."""
    if is_number(tokens[at]):
        return at + 1 < len(tokens) and tokens[at + 1].low in _SHARE_LINKS
    return _fraction(tokens[at])


# Words that make a count approximate ("about 200 protesters"), prepositions elsewhere.
_APPROXIMATORS = frozenset({"about", "around", "nearly", "almost", "roughly", "over", "under"})


def approximate_count(tokens: list[Token], i: int) -> bool:
    """Whether token i opens a count rather than a phrase of place or topic: `about 200 protesters`,
    `nearly 50 residents` (`about the plan`, `over the years` are prepositions)."""
    return tokens[i].low in _APPROXIMATORS and i + 1 < len(tokens) and is_number(tokens[i + 1])


def share_start(tokens: list[Token], a: int) -> int | None:
    """Where a share begins when the group it counts starts at token a, or None: `three in 10
    voters`, `3 out of 4 voters`, `40 percent of voters`, `two-thirds of voters`, `a third of voters`
    (the "in" or "of" belongs to the share; it is no preposition before the subject)."""
    if a < 2 or tokens[a - 1].low not in ("in", "of"):
        return None
    count = tokens[a - 2]
    if tokens[a - 1].low == "in":
        return a - 2 if is_number(tokens[a]) and is_number(count) else None
    if count.low == "out" and a >= 3 and is_number(tokens[a]) and is_number(tokens[a - 3]):
        return a - 3
    if count.low in ("percent", "%") and a >= 3 and is_number(tokens[a - 3]):
        return a - 3
    if _fraction(count):
        return a - 3 if a >= 3 and tokens[a - 3].low in ("a", "one") else a - 2
    return None


def counted_start(tokens: list[Token], a: int) -> int:
    """Where a count before token a begins (`about 1,100` before `Lee's workers`), or a if no number
    stands right before it."""
    if a < 1 or not is_number(tokens[a - 1]):
        return a
    return a - 2 if a > 1 and approximate_count(tokens, a - 2) else a - 1
