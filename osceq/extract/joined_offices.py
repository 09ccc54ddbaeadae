"""A subject whose office joins two fields with "and" before the name: `Ports and Fisheries
Secretary Ivo Brandt said …`, `Agriculture and Livestock Minister Ann Lee told …`. The noun phrase
reader stops at the "and"; the whole run of capitalised words is one person with a role."""

from __future__ import annotations

from osceq.extract.names import PERSON, parse_mention
from osceq.extract.tokens import Token, capitalised, phrase_text

# How many words the office and the name may run to after the "and".
_REACH = 10


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
