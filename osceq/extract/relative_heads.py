"""A relative clause right after its sentence's subject (`Rep. Ann Lee, whom Tom Reed called "…,"
said …`): a name inside it is the relative's subject, and the head is the sentence's."""

from __future__ import annotations

import re

from osceq.extract.names import PERSON, parse_mention

# A relative clause opened before a position, with no comma or mark between (`, whom Tom Reed`,
# `, whose plan Tom Reed`); a period only after a title's abbreviation (`, whom Rep. Ann Lee`).
_RELATIVE_OPEN = re.compile(
    r",\s+(?:whom|who|whose)\b(?:[^,;:.!?\"“”]|(?:(?<=\b[A-Z][a-z])|(?<=\b[A-Z][a-z]{2}))\.){0,60}$"
)
# The relative's head opening its sentence (`Rep. Ann Lee, whom`), back to a sentence's end, a
# dash or a line: capitalised words with a few lower-case ones of names and offices. A head after a
# verb is an object (`Lee contrasted the rival, whom he called "…," with Roe: "…"`): the relative's
# speaker may be the sentence's subject too.
_HEAD = re.compile(
    r"(?:^|[.!?][”\"’]?\s+|[—–]\s*|\n)((?:(?:[A-Z][\w.'’\-]*|the|former|state|de|van|von|of)\s+){0,6}"
    r"[A-Z][\w'’\-]*)$"
)


def subject_head(text: str, position: int) -> str | None:
    """The head opening the sentence when position is inside a relative clause after it, else None."""
    opened = _RELATIVE_OPEN.search(text, max(0, position - 70), position)
    if opened is None:
        return None
    head = _HEAD.search(text, max(0, opened.start() - 80), opened.start())
    return None if head is None else head.group(1)


def in_persons_relative(text: str, position: int) -> bool:
    """Whether position is inside a relative clause after a person opening the sentence (`Ann Lee,
    whom Tom Reed called "…," left`): a he or she after it may be that person as well as Reed."""
    head = subject_head(text, position)
    return head is not None and parse_mention(head).kind == PERSON
