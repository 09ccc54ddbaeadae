"""A subject that opens on a firm's name made with "and" before a person's role and name
(`Kestrel and Lumen Co chairman Ivo Marsh said`): the person, not the firm's first word."""

from __future__ import annotations

from osceq.extract import name_words
from osceq.extract.forward_phrases import np_forward
from osceq.extract.names import PERSON, parse_mention
from osceq.extract.tokens import Token, phrase_text


def person_after_firm_with_and(tokens: list[Token], i: int, j: int) -> tuple[int, str] | None:
    """The person a subject names when the phrase read from token i stops at an "and" (j) that joins
    the words of a firm's name, the role after it holding the firm's ending ("Co chairman")."""
    if j + 1 >= len(tokens) or tokens[j].low != "and" or not tokens[j + 1].text[:1].isupper():
        return None
    second = np_forward(tokens, j + 1, limit=12)
    if second is None or second[1] != "name":
        return None
    named = parse_mention(phrase_text(tokens, i, second[0]))
    if named.kind != PERSON or not named.role or " and " not in named.role:
        return None
    after_and = named.role.split(" and ", 1)[1].split()
    if not any(word.lower().rstrip(".") in name_words.FIRM_ENDINGS for word in after_and):
        return None  # `Lee and Holm said`: two people, or a firm with no person
    return tokens[i].start, named.name
