"""A firm's name run into a person's after "of"/"at"/"for" (`an analyst at Harrow Bank Helen Voss`):
how many characters of the capitalised run are the firm's, not the person's."""

from __future__ import annotations

import re

from osceq.extract import name_words
from osceq.extract.given_names import is_given_name
from osceq.extract.letter_cases import any_case_pattern

_LINK_BEFORE = re.compile(r"\b(?:of|at|with|from|for)\s+$")


# Words that end a firm's, an office's or a place's name: one of them ending the words before a
# given name shows that those words are no part of the person's name.
_NOT_NAME_ENDS = (
    name_words.TITLES
    | name_words.OFFICES
    | name_words.PLACES
    | name_words.ORGANISATION_WORDS
    | name_words.FIRM_ENDINGS
    | name_words.PERSON_NOUNS
    | name_words.CAPITAL_DESCRIPTIONS
)
_POSSESSIVE = re.compile(r"\w(?:['’]s|s['’])")  # `CNN's Ann Lee`: an owner, not a given name
# Words of firms' names that no person's surname is: "Ivo Capital International" is a firm.
_FIRM_IN_PERSON = (
    name_words.ORGANISATION_WORDS
    | name_words.FIRM_ENDINGS
    | frozenset({"international", "management", "savings", "investment", "investments", "asset", "assets"})
)
# A title or a position right before "of"/"for" (`Professor of Medicine Helen Voss`, `manager of
# Harrow Suisse Helen Voss`): the words after the link are the office or the employer, no given names.
_ROLE_BEFORE_LINK = any_case_pattern(r"\b([A-Za-z-]+)\s+(?:of|for)\s+$")
_ROLES = (
    name_words.TITLES
    | name_words.TITLE_MODIFIERS
    | name_words.PERSON_NOUNS
    | name_words.OCCUPATIONS_BEFORE_NAMES
)
_INITIAL = any_case_pattern(r"[A-Z]\.")
_ACRONYM = any_case_pattern(r"[A-Z]{2,5}")


def firm_prefix_length(text: str, start: int, run: str) -> int:
    """How many characters of a capitalised run after "of" are a firm's name run into a person's
    (`an analyst at Harrow Bank Helen Voss`), 0 when none. Cut only before a common given name that
    leaves one or two surname words (an initial allowed), none of them a firm's word, and only when
    the words cut off end on a title, office, place or organisation word, are an acronym, or are one
    or two words after a title and "of"/"for" (an office or employer): any other capitalised word
    before a given name may be a given or middle name (`the book of Kofi Ama Mensah`)."""
    if not _LINK_BEFORE.search(text, max(0, start - 6), start):
        return 0
    words = run.split()
    if len(words) < 3 or is_given_name(words[0]):
        return 0  # `a friend of John Paul Roe`: one person's given names
    after_role = _ROLE_BEFORE_LINK.search(text, max(0, start - 40), start)
    office_or_employer = after_role is not None and after_role.group(1).lower() in _ROLES
    for k in range(max(1, len(words) - 4), len(words) - 1):
        if (
            is_given_name(words[k])
            and _person_rest(words[k + 1 :])
            and (_firm_words(words[:k]) or (office_or_employer and k <= 2))
        ):
            return len(" ".join(words[:k])) + 1
    return 0


def _person_rest(words: list[str]) -> bool:
    """Whether the words after a given name are a person's: an initial, then one or two surnames."""
    surnames = words[1:] if words and _INITIAL.fullmatch(words[0]) else words
    return 0 < len(surnames) <= 2 and not any(
        _INITIAL.fullmatch(w) or w.lower() in _FIRM_IN_PERSON for w in surnames
    )


def _firm_words(words: list[str]) -> bool:
    """Whether words before a given name are a firm's, an office's or a place's name, not a person's."""
    last = words[-1].rstrip(".,")
    if _POSSESSIVE.search(last[-3:]):
        return True
    return last.split("-")[-1].lower() in _NOT_NAME_ENDS or bool(_ACRONYM.fullmatch(last))
