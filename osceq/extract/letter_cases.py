"""Capital and small letters beyond ASCII for the name patterns: a pattern's `[A-Z]` misses the
capital of `Élise`, `Øyvind` or `Łukasz`, and its `[a-z]` the last letter of `Zoë` or `Petrović`.
`any_case` widens a pattern's ranges to the Latin, Greek and Cyrillic letters of that case, so ASCII
text reads exactly as before. Standard library only (and lazy_patterns), so that any module may
import it."""

from __future__ import annotations

import re
from collections.abc import Callable

from osceq.extract.lazy_patterns import lazy_compile

__all__ = ["LOWER", "UPPER", "any_case", "any_case_pattern"]

# The blocks names are written in: Latin-1 Supplement to Cyrillic, Latin Extended Additional, Greek Extended.
_BLOCKS = (range(0x00C0, 0x0530), range(0x1E00, 0x2000))


def _letters(of_case: Callable[[str], bool]) -> str:
    """The non-ASCII letters of one case, as the inside of a character class: as ranges, where a
    block alternates capital and small letters (`ĀāĂă`, `ẠạẢả`) one range over both, which keeps
    each class short (a class of hundreds of characters costs every pattern's compiling at import)."""
    points = [p for block in _BLOCKS for p in block if of_case(chr(p)) or _alternating(p, of_case)]
    ranges: list[str] = []
    start = previous = points[0]
    for point in [*points[1:], -1]:
        if point != previous + 1:
            ranges.append(chr(start) if start == previous else f"{chr(start)}-{chr(previous)}")
            start = point
        previous = point
    return "".join(ranges)


def _alternating(point: int, of_case: Callable[[str], bool]) -> bool:
    """Whether a letter of the other case stands between two of this case (`ā` in `ĀāĂ`)."""
    return chr(point).isalpha() and of_case(chr(point - 1)) and of_case(chr(point + 1))


# What a pattern's `A-Z` and `a-z` become (inside a character class).
# (`istitle` of one letter: a capital, or a title-case pair such as `ǅ`.)
UPPER = "A-Z" + _letters(str.istitle)
LOWER = "a-z" + _letters(str.islower)


def any_case(pattern: str) -> str:
    """The pattern with each `A-Z` range taking every capital letter and each `a-z` every small one."""
    return pattern.replace("A-Z", UPPER).replace("a-z", LOWER)


def any_case_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """The pattern compiled (on its first use) with its `A-Z` and `a-z` ranges widened by `any_case`."""
    return lazy_compile(any_case(pattern), flags)
