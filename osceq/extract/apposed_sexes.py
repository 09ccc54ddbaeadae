"""The sex a role or a relative set off right before a name tells (`The board's chairwoman, Gabriele
Sarrow,`, `his daughter, Gabriele Sarrow,`, `her son, Ashley Sarrow,`): the writer's own word for the
person, which outweighs a given name the lists give to the other sex. A role in -man tells nothing:
many papers write `chairman` and `spokesman` for women too."""

from __future__ import annotations

import re

from osceq.extract import name_words as w
from osceq.extract.apposed_role_words import ROLE_MODIFIERS
from osceq.extract.kin_owners import kin_genders, kin_sex

__all__ = ["apposed_sex"]

# A lower-case noun and its comma, then at most a lower-case word and a capitalised title before the
# name (`chairwoman, retired Judge `), up to the name's offset.
_NOUN_BEFORE = re.compile(r"\b([a-z]+),\s+(?:[a-z]+\s+)?(?:[A-Z][a-z]*\.?\s+)?$")
# Where a sentence (or a dateline's or a paragraph's text) starts, before an offset.
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’)]?\s+|\s[—–]\s|\s--\s)", re.MULTILINE)
# What may stand between a sentence's start and the noun the name is set off after, so that the noun
# phrase heads the clause (`The Elm board's `, `His `, `The new `): no preposition's object (`In a
# letter to his sister, Leon Sarrow, …`), no verb's (`Asked who would be the next chairwoman, …`).
_CLAUSE_HEAD = re.compile(
    r"(?:(?:The|A|An|His|Her|Their|Its|Our|My|Your)\s+)?"
    r"(?:(?:[A-Z][\w\-]*\.?\s+){0,3}[\w\-]+['’]s\s+)?"
    r"(?:(?!(?:to|of|for|in|on|at|by|with|from|about|into|as|than|be|been)\s)[a-z][\w\-]*\s+){0,2}"
)


def apposed_sex(text: str, position: int, name: str) -> str | None:
    """ "f" or "m" when the name written at or just after `position` is set off by commas after a
    noun of one sex heading its clause (see the module); not an item of a list (`the chairman, Mary
    Sarrow and …`)."""
    match = _NOUN_BEFORE.search(text, max(0, position - 60), position)
    if match is None:
        return None
    at = text.find(name, position, position + 80)
    if at < 0 or not text.startswith(",", at + len(name)) or not _set_off_by(text[match.end(1) + 1 : at]):
        return None
    noun = match.group(1)
    starts = [m.end() for m in _SENTENCE_START.finditer(text, max(0, match.start() - 200), match.start(1))]
    if not starts or not _CLAUSE_HEAD.fullmatch(text, starts[-1], match.start(1)):
        return None  # (the noun ends a preposition's or a verb's phrase: the name is not set off from it)
    if noun in w.FEMALE_TITLES:
        return "f"
    # (a kin noun's sex as `kin_genders` reads the name set off after it, `his daughter, Jo Vane,`;
    # not `chairman` nor `spokesman`, which many papers write for women too)
    return kin_genders(text).get(name) if kin_sex(noun) else None


def _set_off_by(between: str) -> bool:
    """Whether the words between the noun's comma and the name are at most a role's modifier and a
    title (`retired Judge`): `said`, `unlike`, `like`, `not` or `and` there make the name another
    person's (`The chairwoman, unlike Tom Reed,`)."""
    words = between.split()
    if words and words[-1][:1].isupper() and words.pop().rstrip(".").lower() not in w.TITLES:
        return False  # (a capitalised word last is a title, `Judge`, `Sen.`, else no set-off name follows)
    return len(words) <= 1 and all(word in ROLE_MODIFIERS for word in words)
