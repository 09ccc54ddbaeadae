"""A person named as one killed by a sentence whose subject is no person (`The blast killed Otto
Brandt.`, `The dead man was Otto Brandt, a roofer.`) or as `the late`/`the body of` one: the he or
she of the next quote is not theirs while anyone else could be."""

from __future__ import annotations

import re

from osceq.extract.victim_words import (
    DEAD_BEFORE,
    HARM_VERBS,
    NO_PERSON_OPENINGS,
    VICTIM_HEADS,
    VICTIM_WORDS,
)

__all__ = ["named_as_victim"]

# What the words right before the name end on: `The dead man is`, `Among the dead were`, `named the
# dead man as`, `The blast killed`.
_BEFORE_VICTIM = re.compile(
    rf"(?:\b(?:{VICTIM_WORDS})(?:\s+(?:{VICTIM_HEADS}))?\s+(?:was|were|is|are)(?:\s+named(?:\s+as)?|\s+identified\s+as)?"
    rf"|\b(?:named|identified)\s+the\s+(?:(?:{VICTIM_WORDS})\s+)?(?:{VICTIM_HEADS}|{VICTIM_WORDS})\s+as"
    rf"|\b(?:{HARM_VERBS}))\s+$"
)
_DEAD_BEFORE = re.compile(rf"\b(?:{DEAD_BEFORE})\s+$", re.IGNORECASE)
# A sentence opening on words that are no person, with no capitalised word or personal pronoun after
# them up to the words of death (`The blast killed`, not `Ann Lee's car killed` nor `The man he shot`).
_NO_PERSON_SUBJECT = re.compile(
    rf"(?:{NO_PERSON_OPENINGS})\b(?:(?!\b(?:he|she|I|we|they|[A-Z]\w*)\b)[^.!?])*$"
)
# How far back from the name the words are read, and how far on from its sentence's opening.
_REACH = 60
_SENTENCE_REACH = 300
_SENTENCE_END = re.compile(r"[.!?][\"”’']*\s")


def named_as_victim(text: str, position: int, name: str) -> bool:
    """Whether the candidate `name`, indexed at `position` (its own offset, or its sentence's for a
    sentence about one person), is named as one dead (`the late`, `The blast killed` in a sentence
    whose subject is no person) and not as the owner of something (`killed Tom Reed's hopes`)."""
    at = text.find(name, position, position + _SENTENCE_REACH)
    if at < 0 or _SENTENCE_END.search(text, position, at) or text.startswith("'s", at + len(name)):
        return False
    if _DEAD_BEFORE.search(text[max(0, at - _REACH) : at]):
        return True
    if _BEFORE_VICTIM.search(text[max(0, at - _REACH) : at]) is None:
        return False
    ends = list(_SENTENCE_END.finditer(text, max(0, at - _SENTENCE_REACH), at))
    opening = ends[-1].end() if ends else max(0, at - _SENTENCE_REACH)
    return _NO_PERSON_SUBJECT.match(text, opening, at) is not None
