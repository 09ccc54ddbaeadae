"""A person named as the one killed or hurt by a sentence whose subject is no person (`The impact
threw Otto Brandt from the cab.`, `The victim was Otto Brandt, a roofer.`): the he or she of the next
quote is seldom theirs, so a pronoun takes them only when nobody else could be its person."""

from __future__ import annotations

import re

from osceq.extract.victim_words import HARM_VERBS, VICTIM_HEADS, VICTIM_WORDS

__all__ = ["named_as_victim"]

# What the words right before the name end on: `The victim was`, `The dead man is`, `Among the dead
# were`, `named the victim as`, `The impact threw`, `A lorry struck and killed`.
_BEFORE_VICTIM = re.compile(
    rf"(?:\b(?:{VICTIM_WORDS})(?:\s+(?:{VICTIM_HEADS}))?\s+(?:was|were|is|are)(?:\s+named(?:\s+as)?|\s+identified\s+as)?"
    rf"|\b(?:named|identified)\s+the\s+(?:(?:{VICTIM_WORDS})\s+)?(?:{VICTIM_HEADS}|{VICTIM_WORDS})\s+as"
    rf"|\b(?:{HARM_VERBS}))\s+$"
)
# How far back from the name the words are read, and how far on from its sentence's opening.
_REACH = 60
_SENTENCE_REACH = 300
_SENTENCE_END = re.compile(r"[.!?][\"”’']*\s")


def named_as_victim(text: str, position: int, name: str) -> bool:
    """Whether the candidate `name`, indexed at `position` (its own offset, or its sentence's for a
    sentence about one person), follows words naming the one killed or hurt (`The victim was`, `The
    impact threw`) in that sentence."""
    at = text.find(name, position, position + _SENTENCE_REACH)
    if at < 0 or _SENTENCE_END.search(text, position, at):
        return False
    return _BEFORE_VICTIM.search(text[max(0, at - _REACH) : at]) is not None
