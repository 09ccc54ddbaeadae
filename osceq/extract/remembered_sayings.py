"""Words a he or she is remembered by (`He liked to say …`, `by his own account, …`), as obituaries
and profiles recall the person they are about. A speaker quoted before whose own quotation speaks of
a he or she of the pronoun's sex is talking about that person, who is then the one remembered, not
the speaker (`"He never told you what to play," Mr. Asante said. … He liked to say …`)."""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["remembered_by", "speaks_of_another", "talked_about"]

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


def talked_about(
    text: str,
    speaker: str,
    others: list[str],
    gender: str,
    is_other: Callable[[str, str], bool],
    position: int,
    people: dict[str, list[str]],
) -> str:
    """Whether the speaker quoted at position talked about another he or she (his quotation speaks of
    one of the pronoun's sex) and is not the article's main subject (an obituary's subject speaks of
    his teacher, and is still the one who liked to say): "skip" when at most one other person of that
    sex is a candidate (others: the other candidates), "unsure" when more are, else ""."""
    if not speaks_of_another(text, position, gender) or _most_named(text, speaker, people):
        return ""
    rivals = {name.split()[-1] for name in others if name.split() and is_other(name, speaker)}  # (by surname)
    return "skip" if len(rivals) <= 1 else "unsure"


def _most_named(text: str, speaker: str, people: dict[str, list[str]]) -> bool:
    """Whether the speaker is the article's main subject: the person named first, or more often than
    any other person."""
    words = speaker.split()
    if not words:
        return False
    own = _places(text, words[-1])
    # (the people's words are lower-cased keys: each is found as a name, capitalised)
    others = [_places(text, word[:1].upper() + word[1:]) for word in people if word != words[-1].lower()]
    others = [places for places in others if places]
    first = min((places[0] for places in others), default=len(text))
    return bool(own) and (own[0] <= first or all(len(own) > len(places) for places in others))


def _places(text: str, word: str) -> list[int]:
    """Where the word stands in the text, as a whole word."""
    return [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", text)]
