"""A sentence opening on a clause fronted with no comma whose object runs into the main clause's
subject (`After the board fired Tom Ray Ann Lee resigned, saying "…"`, `When Tarnco acquired Vellbank
Ann Lee said`): where the object ends is not certain, so a speaker read from either clause (the
board, "Tom Ray Ann Lee") is withheld: nobody. Read by `withheld_speakers.py`."""

from __future__ import annotations

import re

from osceq.extract import function_words as fw
from osceq.extract.fronted_clauses import one_name, verb_split
from osceq.extract.quote_drafts import Draft
from osceq.extract.quote_sentences import sentence_start
from osceq.extract.tokens import tokenize

__all__ = ["withholds"]

# How far past the mention the main clause's verb may stand, and before it the subordinator, in
# characters.
_REACH = 80
_BACK = 300
# A subordinator written with a capital, sought before the sentence is found and read.
_OPENER = re.compile(r"\b(?:" + "|".join(sorted(word.capitalize() for word in fw.SUBORDINATORS)) + r")\s")


def withholds(text: str, draft: Draft) -> bool:
    """Whether the draft's mention lies in a sentence opening on a clause fronted with no comma whose
    object and main subject run together (`After the board fired Tom Ray Ann Lee resigned`)."""
    found = draft.found
    if found is None:
        return False
    floor = text.rfind("\n\n", max(0, found.mention.start - _BACK), found.mention.start) + 1
    if _OPENER.search(text, max(floor, found.mention.start - _BACK), found.mention.start + 1) is None:
        return False  # (most tags: no capitalised subordinator before the mention)
    start = sentence_start(text, floor, floor, found.mention.start)
    tokens = tokenize(text, start, min(len(text), found.mention.end + _REACH))
    if not tokens or tokens[0].low not in fw.SUBORDINATORS or not tokens[0].text[:1].isupper():
        return False
    split = verb_split(tokens, 1, len(tokens), in_sentence=True)
    if split is None or one_name(tokens, split[0], split[1]):
        return False
    return found.mention.start < tokens[split[1]].start
