"""The owner of a claim whose that-clause is complete before the quote: `Lee said Roe's claim that
taxes had fallen was "absurd"`, `Lee called Roe's assertion that crime was down "laughable"`. The
quote is said of the claim, not in it: the claim's owner is withheld (nobody, rather than Roe)."""

from __future__ import annotations

import re
from dataclasses import replace

from osceq.extract.owner_predicate_words import DETERMINERS, FINITE, JOINING, LINKING, NAMING_VERBS
from osceq.extract.quote_drafts import Draft

# The that-clause's opener after the noun of speech (`claim on Monday that`).
_THAT = re.compile(r"\bthat\s+")
# The verb before the owner's possessive (`called Roe's`, `branded her`), read word by word.
_WORD = re.compile(r"[\w’'\-]+")


def withheld(text: str, drafts: list[Draft]) -> list[Draft]:
    """The drafts, each quote given to a claim's owner but said of the claim left unattributed."""
    return [_withheld(text, d) if d.evidence == "owner" and d.kind == "partial" else d for d in drafts]


def _withheld(text: str, draft: Draft) -> Draft:
    """The draft, unattributed when its quote is the predicate of the owner's claim."""
    found = draft.found
    if found is None or not found.mention.end <= found.cue.end <= draft.pair.open_start:
        return draft
    that = _THAT.search(text, found.cue.end, draft.pair.open_start)
    if that is None:
        return draft
    clause = text[that.end() : draft.pair.open_start]
    words = [w.lower() for w in _WORD.findall(clause)]
    if "," in clause or len(words) < 3 or not _has_verb(words[:-1]):
        return draft
    before = [w.lower() for w in _WORD.findall(text[max(0, found.mention.start - 20) : found.mention.start])]
    named = bool(before) and before[-1] in NAMING_VERBS
    if words[-1] in LINKING and words[-2] not in JOINING:
        return replace(draft, found=None, evidence="unread-tag")  # `… taxes had fallen was "…"`
    if named and words[-1] not in FINITE and words[-1] != "to" and _has_verb(words):
        return replace(draft, found=None, evidence="unread-tag")  # `called … that crime was down "…"`
    return draft


def _has_verb(words: list[str]) -> bool:
    """Whether the words hold a finite verb after a subject: a helper, or an -ed word not after a
    determiner (`taxes fell` is missed: no rule guesses a bare past form)."""
    for k, word in enumerate(words[1:], start=1):
        if word in FINITE:
            return True
        if word.endswith("ed") and "-" not in word and words[k - 1] not in DETERMINERS:
            return True
    return False
