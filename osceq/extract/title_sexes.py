"""A surname under a title of one sex shown as the full name of a person of the other (`When Mr. Odo
Flint finished, Mrs. Flint added: "…"` shown as Odo Flint): his wife is not the man, so the quote is
withheld: nobody. Read by `withheld_speakers.py`."""

from __future__ import annotations

import re

from osceq.extract.given_names import given_name_gender
from osceq.extract.quote_drafts import Draft

__all__ = ["withholds"]

# Honorifics of one sex before a surname (ranks and offices are left out: they name no spouse).
_SEX_OF_TITLE = {
    "mr": "m", "sir": "m", "lord": "m",
    "mrs": "f", "ms": "f", "miss": "f", "lady": "f", "dame": "f", "madam": "f",
}  # fmt: skip
# A surname of one or two capitalised words (`Flint`, `Van Dorn`), nothing after it.
_SURNAME = re.compile(r"[A-Z][\w'’-]*[^\W_](?: [A-Z][\w'’-]*[^\W_])?")


def withholds(text: str, draft: Draft, speaker: str) -> bool:
    """Whether the draft's mention is a title and a surname while the speaker shown is a full name
    of the other sex, by its given name or by a title the text writes before it."""
    found = draft.found
    if found is None or found.kind != "name":
        return False
    title, _, rest = found.mention.text.partition(" ")
    sex = _SEX_OF_TITLE.get(title.rstrip(".").lower())
    if sex is None or not _SURNAME.fullmatch(rest) or speaker == found.mention.text or " " not in speaker:
        return False  # (`Ms. Lee's spokesman` is no title and surname)
    if speaker.split(" ", 1)[0].rstrip(".").lower() in _SEX_OF_TITLE:
        return False  # (the speaker shown keeps a title of its own)
    other = given_name_gender(speaker.split(" ", 1)[0])
    if other is None:
        titled = re.search(r"\b(\w+)\.? +" + re.escape(speaker) + r"\b", text)
        other = _SEX_OF_TITLE.get(titled.group(1).lower()) if titled else None
    return other is not None and other != sex
