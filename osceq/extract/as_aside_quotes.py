"""A writing's "as"-aside before a quotation in the first person (`Ann Vell refused to sign, as the
minutes note: "I will not …"`): a record speaks no I or we, so the aside names no speaker of those
words. Read by `quotes.py` after `attribution.before_quote`."""

from __future__ import annotations

import re

from osceq.extract import as_aside_words as aw
from osceq.extract.attribution import Found
from osceq.extract.document_relatives import WRITINGS as FOUND_WRITINGS
from osceq.extract.quotemarks import Pair
from osceq.extract.writing_words import OWNED_WRITINGS, WRITINGS

__all__ = ["unless_record_voice"]

_FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|[Ww]e|[Mm]y|[Oo]urs?|[Mm]e|[Uu]s)\b")
# The aside's opening right before its noun phrase (`, as the minutes note:`).
_AS_BEFORE = re.compile(r",\s*as\s+$", re.IGNORECASE)


def unless_record_voice(text: str, pair: Pair, found: Found | None) -> Found | None:
    """The find, or None when it is a writing's or a record's "as"-aside before words in the first
    person (a person's or a body's aside, `as the union notes: "We …"`, keeps them)."""
    if found is None or found.evidence != "cue-before":
        return found
    cue = text[found.cue.start : found.cue.end]
    if cue not in aw.SAYING and cue + "s" not in aw.SAYING:  # (`as the minutes note:`, plural)
        return found
    if _AS_BEFORE.search(text[max(0, found.mention.start - 8) : found.mention.start]) is None:
        return found
    head = text[found.mention.start : found.mention.end].split()[-1].lower()
    if head not in WRITINGS | FOUND_WRITINGS | OWNED_WRITINGS | aw.SOURCES | aw.FIGURES:
        return found
    return None if _FIRST_PERSON.search(text, pair.open_end, pair.close_start) else found
