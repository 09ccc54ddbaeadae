"""A plural noun of speech read as the verb before a quote (`The union calls "a betrayal" were
ignored`): when a plural verb follows the closing mark at once, the form is the noun that verb agrees
with, the subject of the writer's sentence, and the phrase before it says nothing."""

from __future__ import annotations

import re

from osceq.extract import reporting as lex
from osceq.extract.found import Found
from osceq.extract.quotemarks import Pair

# Plural verbs, and verbs in the past, that take a plural noun as their subject at once.
_PLURAL_VERB_AFTER = re.compile(
    r"[ \t]+(?:were|are|have|had|went|remain|remained|drew|fell|met|go|grew|got)\b"
)


def noun_before_quote(text: str, found: Found, pair: Pair) -> bool:
    """Whether the cue of a cue-before find is a plural noun of speech right before the quote, with a
    plural verb right after it: the quote is the noun's content, and no one found says it."""
    cue = text[found.cue.start : found.cue.end]
    if found.evidence != "cue-before" or cue not in lex.NOUN_LIKE_FORMS or not cue.endswith("s"):
        return False
    if text[found.cue.end : pair.open_start].strip():
        return False  # (the quote must follow the form at once)
    return pair.closed and _PLURAL_VERB_AFTER.match(text, pair.close_end) is not None
