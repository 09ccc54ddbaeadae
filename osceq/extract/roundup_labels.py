"""A roundup's item label: words in capitals and a dash opening a paragraph after the story's first
(`MOVES — Rafe Quell, a longtime aide, …`). It looks like a dateline, but a dateline opens only the
first paragraph, so the item's subject is read after the label as any sentence's."""

from __future__ import annotations

from osceq.extract.tokens import Token

__all__ = ["label_end"]

_DASHES = frozenset({"—", "–", "-", "--"})
# How many tokens a label may run to (`WHAT WE'RE READING`).
_LONGEST_LABEL = 8


def label_end(tokens: list[Token]) -> int:
    """The index of the token after a label's dash when the tokens open on words in capitals only
    and a dash, else 0."""
    for k, token in enumerate(tokens[: _LONGEST_LABEL + 1]):
        if token.text in _DASHES:
            return k + 1 if k > 0 and k + 1 < len(tokens) else 0
        letters = [c for c in token.text if c.isalpha()]
        if letters and not all(c.isupper() for c in letters):
            return 0
        if k == 0 and len(letters) < 2:
            return 0  # (a label opens on a word, not on `A` nor a number)
    return 0
