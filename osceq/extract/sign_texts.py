"""The text of a sign, a placard, a banner, a shirt or a headline (`a placard reading "Free Ivo
Pask"`, `shirts that read "Vote Lee"`): its capitalised opening word is no part of a name."""

from __future__ import annotations

import re

# The writing's noun, then the verb that gives its words, then the opening quotation mark.
_SIGN_TEXT_OPENING = re.compile(
    r"\b(?:signs?|placards?|banners?|posters?|billboards?|stickers?|t-shirts?|shirts?|caps?|hats?|"
    r"buttons?|badges?|headlines?|slogans?)"
    r"(?:\s+(?:that|which))?\s+(?:read|reads|reading|said|saying|says|proclaimed|proclaiming)"
    r"[:,]?\s*[\"“'‘]+$",
    re.IGNORECASE,
)
# The marks the pattern ends on.
_MARKS = "\"“'‘"
# How far back the sign's noun may stand from the quotation mark.
_REACH = 60


def opens_sign_text(text: str, start: int) -> bool:
    """Whether the word at start opens the quoted text of a sign or the like."""
    if not any(mark in text[max(0, start - 2) : start] for mark in _MARKS):
        return False  # (most names: the pattern ends on a mark, or a mark and the line's end)
    return _SIGN_TEXT_OPENING.search(text, max(0, start - _REACH), start) is not None
