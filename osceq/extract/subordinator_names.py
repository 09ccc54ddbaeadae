"""A name read with the subordinator that opens its clause (`Once Bram Ekel`, `Whenever Elin Voss`):
junk, so the quote is withheld: nobody. Read by `withheld_speakers.py`."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract.quote_drafts import Draft

__all__ = ["withholds"]


def withholds(text: str, draft: Draft, speaker: str) -> bool:
    """Whether the speaker shown opens on a subordinator written with a capital before more words."""
    first, _, rest = speaker.partition(" ")
    return bool(rest) and first[:1].isupper() and first.lower() in fw.SUBORDINATORS
