"""A relative `who` after a name and its apposition (`Tom Bell, a farmer, who told me …`, `Gov. Ann
Lee, the race's grown-up, who said …`): the name before the apposition is the `who`."""

from __future__ import annotations

import re

from osceq.extract.speaker_names import NAME_BEFORE_COMMA

__all__ = ["name_before_apposition"]

# A comma, a described apposition with no comma, quote or sentence mark in it, a comma, the end.
_APPOSITION = re.compile(r",\s*(?:a|an|the|his|her|[a-z][\w-]*['’]s)\s[^,;:.!?\"“”]{1,80},\s*$")


def name_before_apposition(text: str, start: int, end: int) -> re.Match[str] | None:
    """The name set before an apposition that closes text[start:end] (`Tom Bell, a farmer,`), with
    its group 1 the name; None when the text does not end so."""
    aside = _APPOSITION.search(text, start, end)
    if aside is None:
        return None
    return NAME_BEFORE_COMMA.search(text, start, aside.start() + 1)
