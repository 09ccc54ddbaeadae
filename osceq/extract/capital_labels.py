"""A speaker label written in capitals (`LEE: "…"`, `"LEE: …"`): the resolver shows it as written
("LEE", read as an acronym when short). It is shown as the one full name the article gives that
surname (`Ann Lee`). With none, or two, it stays as written: the label is still that person's (an
interviewer the article names nowhere else), so nobody would lose right answers. Read by
`withheld_speakers.py`."""

from __future__ import annotations

import re
from dataclasses import replace

from osceq.extract.names import PERSON, parse_mention
from osceq.extract.quote_drafts import Draft
from osceq.models import Quote

__all__ = ["label_in_full"]

# Evidence of a label before a colon (`colon_labels.py`, `uncued.transcript_label`).
_LABELS = frozenset({"label", "transcript"})
# Capitalised words before the surname, a full name ending in it (group 1).
_FULL = r"((?:[A-Z][\w’'\-]*\.?\s+){{1,3}}{surname})\b"


def label_in_full(text: str, draft: Draft, quote: Quote) -> Quote:
    """The quote, showing the one full name its label in capitals stands for, else as it was."""
    speaker = quote.speaker
    if speaker is None or draft.evidence not in _LABELS or not _capitals(speaker):
        return quote
    surname = speaker.title()
    fulls = {
        parse_mention(match.group(1)).name
        for match in re.finditer(_FULL.format(surname=re.escape(surname)), text)
        if parse_mention(match.group(1)).kind == PERSON
    }
    fulls = {name for name in fulls if " " in name and name.endswith(f" {surname}")}
    return replace(quote, speaker=fulls.pop()) if len(fulls) == 1 else quote


def _capitals(speaker: str) -> bool:
    """Whether a speaker is one word in capitals (`LEE`, `RAMOS`)."""
    return speaker.isalpha() and speaker.isupper() and len(speaker) > 1
