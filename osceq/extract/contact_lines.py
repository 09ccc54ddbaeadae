"""A line of web copy that tells the reader how to reach someone (`Contact Tom Ray at
tray@example.com`, `Follow Ann Lee on Twitter @annlee`): the verb opening it is no part of the
name. Read by `article_names.py`."""

from __future__ import annotations

import re

from osceq.extract.contact_line_words import CONTACT_VERBS
from osceq.extract.speaker_names import SENTENCE_OPENING
from osceq.extract.web_addresses import SITE

__all__ = ["contact_verb_length"]

# The verb opening the run, then the name.
_OPENING = re.compile(r"([A-Z][a-z\-]+)\s+(?=[A-Z])")
# A telephone number in two or three groups (`555-0100`, `(020) 7946 0000`): a year (`the 2019
# champion`), a count (`1,500`) or a street number is none.
_PHONE = (
    r"(?<![\w.,])(?:\+\d{1,3}[ .\-]?)?(?:\(\d{2,5}\)[ .\-]?|\d{2,5}[.\-]|\d{2,5} (?=\d{3,4}\b))"
    r"\d{3,4}(?:[ .\-]?\d{3,4})?(?![\w,])"
)
# What the line gives to reach the person by: an e-mail address, a handle, a telephone number, a
# web address or a network.
_DETAIL = re.compile(
    r"[\w.+\-]+@[\w\-]+\.\w|(?<!\w)@\w|"
    + _PHONE
    + r"|\b(?:https?://|www\.)\w|"
    + SITE
    + r"|\b(?:on|via)\s+(?:Twitter|Facebook|Instagram|LinkedIn|X)\b"
)
# How far along the line the means of contact may stand, in characters.
_LINE = 160


def contact_verb_length(text: str, start: int) -> int:
    """How many characters of a capitalised run at start are a contact line's opening verb (`Contact
    Tom Ray at …`), 0 when none: only when the sentence opens there and the line gives a means of
    contact."""
    if not SENTENCE_OPENING.search(text, max(0, start - 3), start):
        return 0
    verb = _OPENING.match(text, start)
    if verb is None or verb.group(1).lower() not in CONTACT_VERBS:
        return 0
    end = text.find("\n", start, start + _LINE)
    if _DETAIL.search(text, verb.end(), end if end >= 0 else min(len(text), start + _LINE)) is None:
        return 0
    return verb.end() - start
