"""A sentence opening on a reporting participle (`Answering questions from …, Lee said`): the
capitalised participle is no name, so the noun after it is its object, not a verb with a subject."""

from __future__ import annotations

from osceq.extract import reporting as lex
from osceq.extract.tokens import Token

# Marks after which a word is capitalised for opening a sentence, not for being a name.
_OPENING_MARKS = frozenset('.:"“”')


def participle_read_as_name(tokens: list[Token], subject: tuple[int, int, str]) -> bool:
    """Whether a one-word "name" is a reporting participle opening the sentence (`Confirming …`)."""
    a, b, kind = subject
    if kind != "name" or b - a != 1:
        return False
    word = tokens[a]
    if not word.low.endswith("ing") or word.low not in lex.REPORTING_FORMS:
        return False
    return a == 0 or tokens[a - 1].text in _OPENING_MARKS
