"""Patterns compiled on their first use rather than at import: a character class widened beyond
ASCII (`letter_cases`) or a long alternation costs a pattern its compiling at every start-up, though
a run may use only some of them (the quote extractors never read the date pattern)."""

from __future__ import annotations

import re
from typing import Any, cast

__all__ = ["lazy_compile"]

# What a compiled pattern offers; copied onto the stand-in at its first use, so that later lookups
# find the compiled pattern's own bound methods and cost no more than on the pattern itself.
_ATTRIBUTES = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "pattern",
    "flags",
    "groups",
    "groupindex",
)


class _LazyPattern:
    """Stands in for a compiled pattern until any of its attributes is first asked for."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        # (Only called for a name not set yet: after the first use every attribute is the pattern's.)
        if name.startswith("__") or name == "_source":
            raise AttributeError(name)
        compiled = re.compile(*self._source)
        for attribute in _ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self._source[0]!r}, {self._source[1]!r})"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """The pattern, compiled when first used; it matches exactly as `re.compile(pattern, flags)`."""
    return cast(re.Pattern[str], _LazyPattern(pattern, flags))
