"""A quote that takes the cue of an earlier quotation in its sentence across a new main clause with
a named speaker and a cue of its own (`When Tom Lee called the plan "reckless," Ann Roe shot back
that he was "out of touch."`): the earlier cue is spent, so the quote is withheld: nobody. Read by
`withheld_speakers.py`."""

from __future__ import annotations

from osceq.extract import reporting as lex
from osceq.extract.names import name_matches
from osceq.extract.quote_drafts import Draft
from osceq.extract.tokens import capitalised, tokenize

__all__ = ["withholds"]

# How far before the opening mark the cue may stand, in characters.
_REACH = 300
_CLOSING_MARKS = '"”'
# Verbs of answering back with a particle (`shot back`, `fired back`, `hit back`, `cut in`).
_RETORTS = frozenset({"broke", "cut", "fired", "hit", "shot", "struck"})
_RETORT_PARTICLES = frozenset({"back", "in"})


def withholds(text: str, draft: Draft, speaker: str) -> bool:
    """Whether an earlier quotation closes between the draft's cue and its opening mark, and a name
    other than the speaker then opens a clause on a verb of speech (`, Ann Roe shot back that`)."""
    found = draft.found
    open_start = draft.pair.open_start
    if found is None or not found.cue.text or not (0 < open_start - found.cue.end < _REACH):
        return False
    gap = text[found.cue.end : open_start]
    close = max(gap.rfind(mark) for mark in _CLOSING_MARKS)
    if close < 0 or "\n" in gap or gap[close - 1 : close] in (".", "!", "?"):
        return False  # (no earlier quotation, or one that ends its sentence)
    tokens = tokenize(text, found.cue.end + close + 1, open_start)
    k = 1 if tokens and tokens[0].text == "," else 0
    start = k
    while k < len(tokens) and capitalised(tokens[k]):
        k += 1
    if k == start or k >= len(tokens) or start > 1:
        return False
    name = text[tokens[start].start : tokens[k - 1].end]
    if name_matches(name, speaker) or name_matches(speaker, name):
        return False
    verb = tokens[k]
    if verb.low in lex.REPORTING_FORMS and verb.text.islower():
        return True
    return verb.low in _RETORTS and k + 1 < len(tokens) and tokens[k + 1].low in _RETORT_PARTICLES
