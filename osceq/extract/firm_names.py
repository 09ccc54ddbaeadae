"""A one-word name that the article writes elsewhere as the start of a firm's full name ("Tarnbank
AG", "Kestrel Glass Bottle Corp"): the bare name is the firm, an "it", not a person."""

from __future__ import annotations

import re

from osceq.extract import name_words
from osceq.extract.given_names import is_given_name

# Firms' endings, as written after the name ("AG", "Corp.", "Group").
_ENDINGS = "|".join(
    sorted({e.rstrip(".") for e in name_words.FIRM_ENDINGS} | {"corporation", "group", "holdings", "company"})
)
# Up to three capitalised words between the name and its ending ("Kestrel Glass Bottle Corp").
_AFTER_NAME = r"(?:\s+[A-Z][\w&'\-]*){0,3}?\s+(?i:" + _ENDINGS + r")\b"


def written_as_firm(text: str, name: str) -> bool:
    """Whether a one-word name opens a firm's name in the text: capitalised words after it that end
    in a firm's ending (`Lumenvale Capital Inc`); no name of two words or more is asked. A name
    the text also gives a person as surname (`Jane Tarnmoor`) is no firm's alone."""
    if " " in name or not name[:1].isupper():
        return False
    if re.search(r"\b" + re.escape(name) + _AFTER_NAME, text) is None:
        return False
    return not any(
        is_given_name(m[1]) for m in re.finditer(r"\b([A-Z][a-z]+)\s+" + re.escape(name) + r"\b", text)
    )
