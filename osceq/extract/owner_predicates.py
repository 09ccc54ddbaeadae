"""The owner of a claim whose that-clause is complete before the quote: `Lee said Roe's claim that
taxes had fallen was "absurd"`, `Lee called Roe's assertion that crime was down "laughable"`. The
quote is said of the claim, not in it: the claim's owner is withheld (nobody, rather than Roe)."""

from __future__ import annotations

import re

from osceq.extract.function_words import LINKING_VERBS
from osceq.extract.owner_predicate_words import DETERMINERS, FINITE, JOINING, NAMING_VERBS
from osceq.extract.quote_drafts import Draft

# The that-clause's opener after the noun of speech (`claim on Monday that`).
_THAT = re.compile(r"\bthat\s+")
# The verb before the owner's possessive (`called Roe's`, `branded her`), read word by word.
_WORD = re.compile(r"[\w’'\-]+")


def withholds(text: str, draft: Draft) -> bool:
    """Whether the draft's quote, given to a claim's owner, is the predicate of the claim."""
    found = draft.found
    if found is None or draft.evidence != "owner" or draft.kind != "partial":
        return False
    if not found.mention.end <= found.cue.end <= draft.pair.open_start:
        return False
    that = _THAT.search(text, found.cue.end, draft.pair.open_start)
    if that is None:
        return False
    clause = text[that.end() : draft.pair.open_start]
    words = [w.lower() for w in _WORD.findall(clause)]
    if "," in clause or len(words) < 3 or not _has_verb(words[:-1]):
        return False
    before = [w.lower() for w in _WORD.findall(text[max(0, found.mention.start - 20) : found.mention.start])]
    named = bool(before) and before[-1] in NAMING_VERBS
    if words[-1] in LINKING_VERBS and words[-2] not in JOINING:
        return True  # `… taxes had fallen was "…"`
    # `called … that crime was down "…"`
    return named and words[-1] not in FINITE and words[-1] != "to" and _has_verb(words)


def _has_verb(words: list[str]) -> bool:
    """Whether the words hold a finite verb after a subject: a helper, or an -ed word not after a
    determiner (`taxes fell` is missed: no rule guesses a bare past form)."""
    for k, word in enumerate(words[1:], start=1):
        if word in FINITE:
            return True
        if word.endswith("ed") and "-" not in word and words[k - 1] not in DETERMINERS:
            return True
    return False
