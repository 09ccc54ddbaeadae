"""A call, demand or plea from someone that words what they ask (`Ann Lee faces calls from Tom Reed
to "step aside now."`): the words after "to" are the source's, as `Reed's call to "…"` is Reed's,
never the sentence subject's who faces or rejects them."""

from __future__ import annotations

import re

from osceq.extract.call_words import CALL_NOUNS
from osceq.extract.found import Found
from osceq.extract.letter_cases import any_case_pattern
from osceq.models import Span

__all__ = ["call_source"]

# The noun, `from`/`by`, the source (a capitalised name with a short title, or a body described in
# lower case after an article: `the opposition`, `party members`), a set-off role, then `to`.
_CALL_FROM = any_case_pattern(
    r"\b([a-z]+)\s+(?:from|by)\s+"
    r"((?:[A-Z][a-z]{0,3}\.\s+)?(?:[A-Z][\w'’\-]*\s+){0,3}[A-Z][\w'’\-]*[a-z]"
    r"|(?:the|its|his|her|their)\s+(?:[a-z]+\s+){0,2}[a-z]+)"
    r"(?:,\s*[^,\"“”\n]{1,60},)?\s+to\s*$"
)
# Words after `from` that name a place's or a time's, no source (`from Monday`, `from next year`).
_NO_SOURCE = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June"
    r"|July|August|September|October|November|December|the\s+(?:start|end|outset|beginning))\b"
)


def call_source(text: str, opening: int) -> Found | None:
    """The source named by `from`/`by` after a noun of a call right before the opening mark at
    `opening` (`calls from Tom Reed to "…"`), with the noun as the cue; None for any other words."""
    match = _CALL_FROM.search(text, max(0, opening - 120), opening)
    if match is None or match.group(1) not in CALL_NOUNS or _NO_SOURCE.match(match.group(2)):
        return None
    source = match.group(2)
    kind = "name" if source[:1].isupper() else "nominal"
    mention = Span(source, match.start(2), match.end(2))
    return Found(mention, Span(match.group(1), match.start(1), match.end(1)), kind, "owner")
