"""Who a he or she carries on from: the last resolved he or she when no one is named near it
(`"…," he said. It will take years. "…," he added.` is the same person again, when nothing between
names or describes anyone else), and an "another" whose sentence the quotation follows."""

from __future__ import annotations

import re

from osceq.extract import function_words as fw
from osceq.extract.letter_cases import any_case_pattern
from osceq.extract.word_kinds import person_noun

# A capitalised word (a name's part, or a sentence's first word) and a lower-case word.
_CAPITALISED = any_case_pattern(r"\b[A-Z][\w’'\-]+")
_LOWER = re.compile(r"\b[a-z]+\b")


def chained_person(
    text: str, last: tuple[int, str, str] | None, start: int, gender: str, people: dict[str, list[str]]
) -> str | None:
    """The person the last resolved he or she (offset, pronoun, person) stood for, when it is of
    the same gender and nobody else is named (a known person's name) or described (`an Iranian
    spokesman`) between it and start."""
    if last is None or fw.PRONOUN_GENDER.get(last[1]) != gender:
        return None
    between = text[last[0] : start]
    own = {word.lower() for word in last[2].split()}
    if any(
        w.group().lower() in people and w.group().lower() not in own for w in _CAPITALISED.finditer(between)
    ):
        return None  # `As envisioned by Heller, …`: another person may be the he
    if any(person_noun(w.group()) and not w.group().endswith("s") for w in _LOWER.finditer(between)):
        return None  # `A ministry spokesman said …. "…," he said`: the spokesman, whom no subject read
    return last[2]


_SENTENCE_STOP = re.compile(r"[.!?]\s")


def quote_right_after(text: str, position: int, before: int) -> bool:
    """Whether the sentence at position is followed by nothing but the quotation the pronoun's tag
    closes (`Another said …. "…," he said`)."""
    stop = _SENTENCE_STOP.search(text, position, before)
    rest = text[stop.end() : before].strip() if stop else ""
    return len(rest) > 2 and rest[0] in '"“' and rest[-1] in '"”' and "\n" not in rest
