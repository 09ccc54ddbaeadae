"""An opening clause in which one person questions another, then a he/she who speaks (`When a
moderator, Ivo Marsh, pressed Tom Reed on taxes, he said`): the one questioned answers."""

from __future__ import annotations

import re

from osceq.extract import function_words as fw

_VERBS = "|".join(sorted(fw.QUESTIONING_PARTICIPLES))
# The opening clause up to the pronoun: its subordinator, the questioner, the verb, the one asked.
_PRESSED = re.compile(
    r"(?:^|[.!?][\"”’']?\s+|\n)(?:When|After|As|Once|Even\s+as)\s+(?P<asker>[^.!?;:\"“”\n]{1,80}?)\s+"
    rf"(?:{_VERBS})\s+(?P<asked>(?:[A-Z][\w’'\-]*\.?\s+){{0,3}}[A-Z][\w’'\-]*[a-z]|him|her)\b"
    r"[^.!?;:\"“”\n]{0,160},\s*$"
)


def questioned_in_opening(text: str, position: int, before: int) -> tuple[str, bool] | None:
    """When the pronoun at `before` opens the main clause after an opening clause in which the
    candidate at `position` questions someone: (the one questioned as written, or him/her; whether
    it is a pronoun); else None."""
    start = max(0, before - 300)
    found = _PRESSED.search(text, start, before)
    if found is None or not found.start("asker") <= position < found.end("asker"):
        return None
    asked = found.group("asked")
    return asked, asked in ("him", "her")
