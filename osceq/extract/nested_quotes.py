"""Short quotations nested in a speaker's aside (`Bo Lee, wearing a "Vote Roe" pin, said`, `Ann Roe,
author of "The Long Road," said`): a title or a slogan that the aside names, to be read past."""

from __future__ import annotations

from osceq.extract.tokens import Token

# The longest quotation an aside may hold, in tokens: a title or a slogan, not a statement.
_LONGEST_TITLE = 14
_DOUBLE_MARKS = frozenset({'"', "“", "”"})


def _mark_width(tokens: list[Token], k: int) -> int:
    """How many tokens the double quotation mark at k takes: 1 (`"`, `“`), 2 (`''`), or 0 for none."""
    if k >= len(tokens):
        return 0
    if tokens[k].text in _DOUBLE_MARKS:
        return 1
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if tokens[k].text == "'" and nxt is not None and nxt.text == "'" and nxt.start == tokens[k].end:
        return 2
    return 0


def quotation_end(tokens: list[Token], k: int) -> int:
    """The index after the closing mark of a short quotation opening at token k; k itself when no
    quotation opens there, -1 when it is not closed soon enough to be a title."""
    width = _mark_width(tokens, k)
    if width == 0:
        return k
    for m in range(k + width + 1, min(len(tokens), k + width + _LONGEST_TITLE)):
        closing = _mark_width(tokens, m)
        if closing:
            return m + closing
    return -1


def ends_on_comma(tokens: list[Token], end: int) -> bool:
    """Whether the quotation closing right before token end ends on a comma inside its marks
    (`author of "The Long Road," said`): the comma closes the aside too, in American style."""
    if end >= 3 and _mark_width(tokens, end - 2) == 2:
        width = 2
    elif end >= 2 and tokens[end - 1].text in _DOUBLE_MARKS:
        width = 1
    else:
        return False
    return tokens[end - width - 1].text == ","
