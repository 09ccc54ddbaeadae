"""A quote tagged by a he/she whose him/her points back at the one who told something in the
sentence right before (`Karl Berg told him it would close. "I believed him," he said`): the teller
is the person the quote speaks of, not its speaker; the one told speaks, when the sentence names
them (`Karl Berg told Tom Varrow …`), else nobody can be named safely."""

from __future__ import annotations

import re

__all__ = ["told_one_answers"]

_OBJECT = {"m": "him", "f": "her"}
_NAME = r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2}"
# After the teller's name: a set-off description (`, the landlord,`), an adverb or auxiliary, then
# `told` and the one told (`him`, `her`, `Tom Varrow`).
_TOLD = re.compile(
    r"(?:,\s*[^,.\n\"“”]{1,80})?,?\s+(?:\w+ly\s+)?(?:(?:had|has|have)\s+)?(?:told|tells)\s+"
    rf"(?P<told>him|her|{_NAME})\b"
)
# The quotation right before the tag's pronoun, which opens a sentence of its own.
_QUOTE_BEFORE = re.compile(r"[\"“]([^\"“”\n]{1,600})[\"”]\s*,?\s*$")
# A sentence end before the quotation (the telling sentence's own) and one inside the span read.
_ENDS = re.compile(r"[.!?:][\"”’']*\s*$")
# A capitalised word other than `I` in the rest of the telling sentence: another may be named there.
_CAPITAL = re.compile(r"\b(?!I\b)[A-Z]")
_BREAK = re.compile(r"[.!?][\"”’']*\s+(?=[A-Z\"“])")


def told_one_answers(
    text: str, position: int, name: str, before: int, gender: str
) -> tuple[bool, str | None]:
    """For a he/she at `before` and its candidate `name` at `position`: whether the candidate told
    someone of the pronoun's sex something in the sentence right before the tagged quote and the
    quote holds that sex's him/her (so the candidate is not its speaker), and the one told by name
    when written so (None when only a him/her)."""
    pronoun = _OBJECT.get(gender)
    told = _TOLD.match(text, position + len(name)) if pronoun else None
    if told is None or told.group("told") in set(_OBJECT.values()) - {pronoun}:
        return False, None  # (`told her` for a he: the one told is no he)
    quote = _QUOTE_BEFORE.search(text, told.end(), before)
    if quote is None or not re.search(rf"\b{pronoun}\b", quote.group(1), re.IGNORECASE):
        return False, None
    between = text[told.end() : quote.start()]
    if not _ENDS.search(between) or _BREAK.search(between.rstrip()[:-1]):
        return False, None  # (only the sentence right before the quote)
    if _CAPITAL.search(between):
        return False, None  # `… told him Ben Roe was …`: the him may be that other one's
    one_told = told.group("told")
    return True, (None if one_told == pronoun else one_told)
