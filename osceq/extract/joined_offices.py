"""A subject whose office joins two fields with "and" before the name: `Ports and Fisheries
Secretary Ivo Brandt said …`, `Agriculture and Livestock Minister Ann Lee told …`. The noun phrase
reader stops at the "and"; the whole run of capitalised words is one person with a role."""

from __future__ import annotations

from osceq.extract.letter_cases import any_case_pattern
from osceq.extract.names import PERSON, parse_mention
from osceq.extract.tokens import Token, capitalised, phrase_text

# How many words the office and the name may run to after the "and".
_REACH = 10
# Up to three capitalised words and "and" right before a titled name (`Trade and ` before `Industry
# Minister Ann Lee`): the first field of an office that the name reader began after the "and".
_FIELD_AND = any_case_pattern(r"(?<![\w’'.-])((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)\s+and\s+$")


def person_after_joined_office(tokens: list[Token], i: int, j: int) -> tuple[int, str] | None:
    """When the phrase tokens[i:j] stops at an "and" followed by capitalised words, the person the
    whole run names (with the office as role), with the offset of its first word; else None."""
    if j + 1 >= len(tokens) or tokens[j].low != "and" or not capitalised(tokens[j + 1]):
        return None
    k = j + 1
    while k < len(tokens) and k < j + 1 + _REACH and (capitalised(tokens[k]) or tokens[k].low == "of"):
        k += 1
    named = parse_mention(phrase_text(tokens, i, k))
    if named.kind != PERSON or not named.role or " and " not in named.role:
        return None
    return tokens[i].start, named.name


def field_before_office(text: str, start: int) -> str | None:
    """The capitalised words joined by "and" right before a titled name that starts at `start`
    (`Trade` in `Trade and Industry Minister Ann Lee`), a field of the same office unless the caller
    finds it ends a person's name (`Tom Lee and Finance Minister Ann Roe`); else None."""
    found = _FIELD_AND.search(text, max(0, start - 40), start)
    return found.group(1) if found is not None else None
