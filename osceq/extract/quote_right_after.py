"""Whether an `Another said …` sentence is followed by nothing but the quotation a he or she closes,
with no second clause's subject in it who may be that he or she (a name, beyond ASCII too, or a noun
phrase after a joining word or a semicolon). (Carrying a he on from the last resolved he when no one
is named near was tried twice and rejected: every test of "nobody else came in" let some newcomer
through, and the he went to the wrong man.)"""

from __future__ import annotations

import re

from osceq.extract.letter_cases import any_case_pattern

__all__ = ["quote_right_after"]

_SENTENCE_STOP = re.compile(r"[.!?]\s")
# A second clause's subject after a joining word or a semicolon: a name (`but Łukasz Nowak
# disagreed`, `; Ivo Marsh disagreed`), or a noun phrase that may be a person.
_SECOND_SUBJECT = any_case_pattern(
    r"(?:\b(?:and|but|while|whereas|although|though|yet)|;)\s+"
    r"(?:[A-Z]|(?:the|a|an|his|her|their|one|another|some)\s)"
)


def quote_right_after(text: str, position: int, before: int) -> bool:
    """Whether the sentence at position is followed by nothing but the quotation the pronoun's tag
    closes (`Another said …. "…," he said`)."""
    stop = _SENTENCE_STOP.search(text, position, before)
    if stop and _SECOND_SUBJECT.search(text, position, stop.start()):
        return False  # `Another said …; Ivo Marsh disagreed. "…," he said`: Marsh may be the he
    rest = text[stop.end() : before].strip() if stop else ""
    return len(rest) > 2 and rest[0] in '"“' and rest[-1] in '"”' and "\n" not in rest
