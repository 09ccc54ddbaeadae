"""A verb inside a relative clause whose own subject is named, set in the main subject before the
main verb: in `The aide who former mayor Tom Bell fired said "…"` the mayor fired, the aide speaks."""

from __future__ import annotations

from collections.abc import Callable

from osceq.extract.contact_relatives import in_contact_relative
from osceq.extract.embedded_questions import in_closed_question
from osceq.extract.phrases import np_backward
from osceq.extract.tokens import Token

# Relative words that may open a clause with its own subject (`who Bell fired`, `that Lee ran`).
_OBJECT_RELATIVES = frozenset({"who", "whom", "that", "which"})
# How many lower-case words (`former mayor`) may stand between the relative word and the name.
_MODIFIERS = 3


def in_object_relative(tokens: list[Token], v: int, is_verb: Callable[[list[Token], int], bool]) -> bool:
    """Whether the verb at v closes a relative clause with its own subject, opened by a relative word
    after a noun (or a comma) and followed at once by the main verb (`The aide who Tom Bell fired
    said`, `Ann Lee, whom Tom Bell fired, said`)."""
    if in_contact_relative(tokens, v) or in_closed_question(tokens, v):
        # `said the trips Tom Bell described had been "…"`: no relative word at all; `who asked
        # whether Tom Bell had called her, she said`: a question's verb, closed before the quote
        return True
    after = v + 1 + (v + 1 < len(tokens) and tokens[v + 1].text == ",")
    if after >= len(tokens) or not tokens[after].text.islower() or not is_verb(tokens, after):
        return False
    subject = np_backward(tokens, v)
    if subject is None or subject[1] != v:
        return False
    for r in range(subject[0] - 1, max(0, subject[0] - 1 - _MODIFIERS), -1):
        relative = tokens[r]
        if relative.low in _OBJECT_RELATIVES and relative.text.islower():
            owner = tokens[r - 1]
            comma = owner.text == "," and tokens[after - 1].text == ","
            return comma or (owner.text.isalpha() and owner.text.islower() and tokens[after - 1].text != ",")
        if not relative.text.isalpha() or not relative.text.islower():
            return False
    return False
