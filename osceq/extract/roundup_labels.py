"""A roundup's item label: words in capitals and a dash opening a paragraph after the story's first
(`MOVES — Cato Prell, a former deputy, …`). It looks like a dateline, but a dateline opens only the
first paragraph, so the item's subject is read after the label as any sentence's."""

from __future__ import annotations

from collections.abc import Callable

from osceq.extract.roundup_label_words import BODY_NAME_ENDS
from osceq.extract.tokens import Token

__all__ = ["label_end"]

_DASHES = frozenset({"—", "–", "-", "--"})
# How many tokens a label may run to (`WHAT WE'RE READING`).
_LONGEST_LABEL = 8


def label_end(tokens: list[Token], is_person: Callable[[str], bool]) -> int:
    """The index of the token after a label's dash when the tokens open on words in capitals only
    and a dash, and the item is no body's, firm's or club's and no transcript's line; else 0."""
    for k, token in enumerate(tokens[: _LONGEST_LABEL + 1]):
        if token.text in _DASHES:
            if k == 0 or k + 1 >= len(tokens) or _opens_on_body(tokens, k + 1):
                return 0
            return 0 if _transcript_line(tokens, k, is_person) else k + 1
        letters = [c for c in token.text if c.isalpha()]
        if letters and not all(c.isupper() for c in letters):
            return 0
        if k == 0 and len(letters) < 2:
            return 0  # (a label opens on a word, not on `A` nor a number)
    return 0


def _opens_on_body(tokens: list[Token], k: int) -> bool:
    """Whether the capitalised words from token k end on a body's, a firm's or a club's word
    (`Kestrel Rovers signed …`): the item's he or she is then not its subject's, so it is read as before."""
    last = None
    while k < len(tokens) and tokens[k].text[:1].isupper():
        last, k = tokens[k], k + 1
    return last is not None and last.low in BODY_NAME_ENDS


def _transcript_line(tokens: list[Token], dash: int, is_person: Callable[[str], bool]) -> bool:
    """Whether the label is a speaker's in a transcript (`REED — Mr. Dale, where were you?`): a person's
    name the article gives (`Tom Reed`), or the sentence after it asks a question (the label is then
    its asker, and a name before a comma is the one addressed)."""
    label = " ".join(token.text for token in tokens[:dash])
    return is_person(label.title()) or any(token.text == "?" for token in tokens[dash + 1 :])
