"""The person a relative `who` stands for: the name before its comma, or, when that name is a place
or a body after `of` (`Rep. Lyle Hask of Dunmore, who`, `Ann Lee of the Tarn Institute, who`), the
person named before the `of`, since a `who` is a person's."""

from __future__ import annotations

import re

from osceq.extract import name_words
from osceq.extract.letter_cases import any_case_pattern
from osceq.extract.names import PERSON, parse_mention
from osceq.extract.speaker_names import NAME_BEFORE_COMMA

# A name of up to four words (titles and initials with their dots) right before `of` or `of the`.
_NAME_BEFORE_OF = any_case_pattern(
    r"(?<![\w.’'])((?:(?:[A-Z]\.|(?:"
    + "|".join(name_words.ABBREVIATED_TITLES)
    + r")\.|[A-Z][\w’'\-]*)\s+){0,3}[A-Z][\w’'\-]*)\s+of\s+(?:the\s+)?$"
)


def relative_antecedent(text: str, start: int) -> re.Match[str] | None:
    """The match whose group 1 is the name a `who` at start stands for, or None."""
    match = NAME_BEFORE_COMMA.search(text, max(0, start - 120), start)
    if match is None:
        return None
    owner = _NAME_BEFORE_OF.search(text, max(0, match.start(1) - 80), match.start(1))
    # A person's name of two words or more (`Lyle Hask`, `Rep. Hask`): one word alone is a plural or a
    # title (`Opponents of Tom Reed, who`, `the Duke of Dunmore, who`), no person's name.
    if owner is not None and len(owner.group(1).split()) > 1 and parse_mention(owner.group(1)).kind == PERSON:
        return owner
    return match
