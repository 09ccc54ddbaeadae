"""Words a he or she is remembered by (`He liked to say …`, `by his own account, …`), as obituaries
and profiles recall the person they are about. When the speaker quoted just before spoke of a he or
she of the pronoun's sex (`"He never told you what to play," Bo Reed said. … He liked to say …`), the
one remembered may be either: the pronoun is left unnamed rather than guessed."""

from __future__ import annotations

import re

__all__ = ["remembered_by", "speaks_of_another"]

# After the pronoun: a habit of saying, or its own account later in the same sentence.
_REMEMBERED = re.compile(
    r"\s+(?:(?:liked|loved|used)\s+to\s+(?:say|tell|remark|joke)|was\s+fond\s+of\s+saying)\b"
    r"|[^.!?\n\"“”]{0,80}\bby\s+(?:his|her)\s+own\s+account\b"
)
# Quoted words in the speaker's paragraph.
_QUOTED = re.compile(r"[\"“]([^\"“”\n]{1,600})[\"”]")
_THIRD_PERSON = {"m": re.compile(r"\b(?:[Hh]e|him|[Hh]is)\b"), "f": re.compile(r"\b(?:[Ss]he|her|[Hh]er)\b")}


def remembered_by(text: str, pronoun_end: int) -> bool:
    """Whether the pronoun ending at pronoun_end is remembered by words it used to say."""
    return _REMEMBERED.match(text, pronoun_end) is not None


def speaks_of_another(text: str, position: int, gender: str) -> bool:
    """Whether the paragraph at position quotes words that speak of a he or she of this sex."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    end = len(text) if end < 0 else end
    third = _THIRD_PERSON.get(gender)
    return third is not None and any(third.search(m.group(1)) for m in _QUOTED.finditer(text, start, end))
