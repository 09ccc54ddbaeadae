"""An absolute clause of "with" (`With a rival gaining ground in the north, she is describing …`):
it ends at its comma, and a verb with a subject of its own after that comma is the main clause's."""

from __future__ import annotations

from osceq.extract.phrases import np_backward
from osceq.extract.tokens import PRONOUN_SUBJECTS, Token


def own_subject_after_comma(tokens: list[Token], participle: int, verb: int) -> bool:
    """Whether the verb at index verb has its own subject, which stands after a comma that follows
    the absolute clause's participle (at index participle): a pronoun opening the words after the
    comma (`, she is describing`) or a noun phrase right before the verb (`, the mayor said`)."""
    comma = max((k for k in range(participle, verb) if tokens[k].text == ","), default=None)
    if comma is None or comma + 1 >= verb:
        return False
    if tokens[comma + 1].low in PRONOUN_SUBJECTS:
        return True
    subject = np_backward(tokens, verb)
    return subject is not None and subject[2] != "relative" and subject[0] > comma
