"""A mention read up to the "to" of an infinitive cue (`… - "…" - the hall stood to cheer`, "the hall
stood to"): a subject, its own verb and the marker, junk as a speaker, so the quote is withheld:
nobody. Read by `withheld_speakers.py`."""

from __future__ import annotations

from osceq.extract.quote_drafts import Draft

__all__ = ["withholds"]


def withholds(text: str, draft: Draft) -> bool:
    """Whether the draft's mention is several words ending on a lower-case "to"."""
    found = draft.found
    if found is None or found.kind not in ("nominal", "name"):
        return False
    words = found.mention.text.split()
    return len(words) > 1 and words[-1] == "to"
