"""A cue before a semicolon read for a quotation after it, when the semicolon opens a clause with a
subject and a finite verb of its own (`Pia Holm answered to Sven Ekman; the harbour master's
favourite line was "…"`): the cue is spent, so the quote is withheld: nobody. Read by
`withheld_speakers.py`."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract.name_words import IRREGULAR_PAST
from osceq.extract.quote_drafts import Draft
from osceq.extract.spent_subordinate_cues import own_subject_after_semicolon
from osceq.extract.tokens import Token, past_verb, tokenize

__all__ = ["withholds"]

# How far before the opening mark the cue may stand, in characters.
_REACH = 300
# Plain verbs of saying, whose speaker's words may run on past a semicolon.
_PLAIN_SAYING = frozenset({"said", "says", "say", "told", "tells", "added", "adds"})


def withholds(text: str, draft: Draft) -> bool:
    """Whether a semicolon between the draft's cue (before the quotation) and its opening mark opens
    a clause on a subject and a finite verb of its own."""
    found = draft.found
    if found is None or not found.cue.text or found.cue.text.lower() in _PLAIN_SAYING:
        return False  # (`"…," Lee said; his rival was "…"`: the words after may go on paraphrasing)
    open_start = draft.pair.open_start
    if not (0 < open_start - found.cue.end < _REACH) or ";" not in text[found.cue.end : open_start]:
        return False
    if any(mark in text[found.cue.end : open_start] for mark in ".!?\n"):
        return False
    tokens = tokenize(text, found.cue.end, open_start)
    if not own_subject_after_semicolon(tokens, 0, len(tokens)):
        return False
    # A cue with a reported clause of its own before the semicolon (`Roe said the plan failed; the
    # mayor was "…"`, `… would work; …`) may report on past it: kept.
    first = next(i for i, t in enumerate(tokens) if t.text == ";")
    return not any(_reporting_on(t) for t in tokens[:first])


def _reporting_on(token: Token) -> bool:
    """Whether a token opens or carries a reported clause (`that`, a past form, a modal, `is`)."""
    low = token.low
    if low == "that":
        return True
    return token.text.islower() and (
        past_verb(token) or low in IRREGULAR_PAST or low in fw.FINITE_BE or low in fw.MODALS
    )
