"""A speaker label written in capitals (`LEE: "…"`, `"LEE: …"`): the resolver shows it as written
("LEE", read as an acronym when short). It is shown as the one full name the article gives that
surname (`Ann Lee`). With none, or two (a label in capitals such as `ANN LEE:` is a full name too),
it stays as written: the label is still that person's (an interviewer the article names nowhere
else), so nobody would lose right answers. Read by `withheld_speakers.py`."""

from __future__ import annotations

import re
from dataclasses import replace

from osceq.extract.given_names import is_given_name
from osceq.extract.names import PERSON, parse_mention
from osceq.extract.quote_drafts import Draft
from osceq.extract.speaker_names import SENTENCE_OPENING
from osceq.models import Quote

__all__ = ["label_in_full"]

# Evidence of a label before a colon (`colon_labels.py`, `uncued.transcript_label`).
_LABELS = frozenset({"label", "transcript"})
# Capitalised words before the surname, a full name ending in it (group 1); a dot only after an
# initial, so that a sentence's last word opens no name (`in Tarn. Lee said`).
_FULL = r"(?<![\w.’'])((?:(?:[A-Z]\.|[A-Z][\w’'\-]*)\s+){{1,3}}{surname})\b"
# A label in capitals of two words or more ending in the surname (`ANN LEE: "…"`), opening its line.
_FULL_LABEL = r"^[ \t]*[\"“]?((?:[A-Z][A-Z’'\-]*[ \t]+){{1,3}}{surname})[ \t]*:"
# An initial opening a name (`J. Lee`).
_INITIAL = re.compile(r"[A-Z]\.")


def label_in_full(text: str, draft: Draft, quote: Quote) -> Quote:
    """The quote, showing the one full name its label in capitals stands for, else as it was."""
    speaker = quote.speaker
    if speaker is None or draft.evidence not in _LABELS or not _capitals(speaker):
        return quote
    surname = speaker.title()
    fulls = set()
    for match in re.finditer(_FULL.format(surname=re.escape(surname)), text):
        mention = parse_mention(match.group(1))
        name = mention.name
        if mention.kind == PERSON and name.endswith(f" {surname}") and _named(text, match.start(1), name):
            fulls.add(name)
    for match in re.finditer(_FULL_LABEL.format(surname=re.escape(speaker)), text, re.MULTILINE):
        fulls.add(" ".join(match.group(1).split()).title())
    return replace(quote, speaker=fulls.pop()) if len(fulls) == 1 else quote


def _named(text: str, start: int, name: str) -> bool:
    """Whether a full name found at start is a person's: it opens on a given name or an initial, or
    inside a sentence (`Dear Lee,` opening a line names no Dear Lee)."""
    first = name.split()[0]
    if is_given_name(first) or _INITIAL.fullmatch(first):
        return True
    return SENTENCE_OPENING.search(text, max(0, start - 3), start) is None


def _capitals(speaker: str) -> bool:
    """Whether a speaker is one word in capitals (`LEE`, `KOLB`)."""
    return speaker.isalpha() and speaker.isupper() and len(speaker) > 1
