"""An "as" or "while" aside between the main clause and the quotation. One that only looks on (`Tom
Orrin spoke, as the crowd watched: "…"`) has a subject that says nothing; one that brings the
quotation in itself (`Prices rose again, as the Board's latest figures show: "…"`) makes the main
clause's subject no speaker. Either speaker, read from the wrong clause, is withheld (nobody, rather
than the crowd or prices). Read by `withheld_speakers.py`."""

from __future__ import annotations

import re

from osceq.extract import as_aside_words as aw
from osceq.extract.quote_drafts import Draft

__all__ = ["withholds"]

# "as" or "while" right before the mention (`, as the crowd`).
_BEFORE_MENTION = re.compile(r"\b(?:as|while)\s+$")
# A comma or a colon alone between the aside's verb and the quotation.
_TO_QUOTE = re.compile(r"\s*[,:]\s*$")
# An aside `, as <a determined phrase> <verb>:` closing the words between the mention and the
# quotation; group 1 is the verb.
_INTRODUCING_ASIDE = re.compile(
    r",\s+as\s+(?:the|a|an|its|their|his|her|[A-Z][\w’']*(?:’s|'s))\s[^,:;\"“”]{0,60}?\b([a-z]+)\s*:\s*$"
)
# How far before the mention the "as" may stand, in characters.
_REACH = 12


def withholds(text: str, draft: Draft) -> bool:
    """Whether the draft's speaker is an onlooking aside's subject, or a main subject whose aside
    brings the quotation in."""
    found = draft.found
    if found is None or not found.cue.end <= draft.pair.open_start:
        return False
    if found.mention.end <= found.cue.start and _onlooker(text, draft):
        return True
    between = text[found.mention.end : draft.pair.open_start]
    aside = _INTRODUCING_ASIDE.search(between)
    return aside is not None and aside.group(1) in aw.INTRODUCING


def _onlooker(text: str, draft: Draft) -> bool:
    """Whether the mention opens an "as" aside whose verb, right before the quotation, only looks on."""
    found = draft.found
    assert found is not None
    verb = found.cue.text
    if not verb.isalpha() or not verb.islower() or text[found.mention.end : found.cue.start].strip():
        return False
    if not _TO_QUOTE.fullmatch(text, found.cue.end, draft.pair.open_start):
        return False
    if not _BEFORE_MENTION.search(text, max(0, found.mention.start - _REACH), found.mention.start):
        return False
    return verb in aw.ONLOOKING
