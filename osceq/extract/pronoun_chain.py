"""Whom a he or she carries on from after an "another": `Another said …. "…," he said` is that other
one when nothing but the quotation follows the sentence. (Carrying a he on from the last resolved
he when no one is named near was tried twice and rejected: every test of "nobody else came in" let
some newcomer through, and the he went to the wrong man.)"""

from __future__ import annotations

import re

_SENTENCE_STOP = re.compile(r"[.!?]\s")
# A second clause's subject after a joining word: a name, or a noun phrase that may be a person.
_SECOND_SUBJECT = re.compile(
    r"\b(?:and|but|while|whereas|although|though|yet)\s+(?:[A-Z]|(?:the|a|an|his|her|their|one|another|some)\s)"
)


def quote_right_after(text: str, position: int, before: int) -> bool:
    """Whether the sentence at position is followed by nothing but the quotation the pronoun's tag
    closes (`Another said …. "…," he said`)."""
    stop = _SENTENCE_STOP.search(text, position, before)
    if stop and _SECOND_SUBJECT.search(text, position, stop.start()):
        return False  # `Another said …, but Ivo Marsh disagreed. "…," he said`: Marsh may be the he
    rest = text[stop.end() : before].strip() if stop else ""
    return len(rest) > 2 and rest[0] in '"“' and rest[-1] in '"”' and "\n" not in rest
