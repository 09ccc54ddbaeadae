"""A speaker's name read without the capitalised word that opens it: a possessive that is part of a
group's name (`Your Vote Counts said`, `Our Town Matters said`, read as "Vote Counts" or "our Town
Matters"), or the tail of a longer name before a description (`A Save Our Harbor spokeswoman said`,
read from "Our")."""

from __future__ import annotations

import re

from osceq.extract import function_words as fw
from osceq.models import Span

__all__ = ["possessive_name"]

_POSSESSIVES = frozenset({"Our", "Your", "My", "Their"})
# The word right before the mention on its line, when capitalised.
_WORD_BEFORE = re.compile(r"([A-Z][\w'’\-]*)[ \t]+$")


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word.lower() not in fw.NOT_NAME_WORDS


def possessive_name(text: str, mention: Span) -> str | None:
    """The whole name a capitalised possessive opens, for a mention of it or of its rest (`Your Vote
    Counts`); "" when the mention is a possessive's tail after another capitalised word of the name
    (`Save Our Harbor spokeswoman` read as "Our Harbor spokeswoman"), which names nobody; None for
    any other mention."""
    words = mention.text.split()
    if not words:
        return None
    before = _WORD_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    previous = before.group(1) if before is not None else ""
    if words[0] in _POSSESSIVES and len(words) > 1:
        if _capitalised(previous):
            return ""  # `Save Our Harbor spokeswoman`: cut inside the name
        return mention.text.strip() if all(_capitalised(w) for w in words[1:]) else None
    if previous in _POSSESSIVES and all(_capitalised(w) for w in words):
        return f"{previous} {mention.text.strip()}"  # `Your Vote Counts`
    return None
