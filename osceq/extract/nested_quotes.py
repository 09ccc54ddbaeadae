"""Short quotations nested in a speaker's aside (`Bo Lee, wearing a "Vote Roe" pin, said`, `Ann Roe,
author of "The Long Road," said`): a title or a slogan that the aside names, to be read past."""

from __future__ import annotations

from osceq.extract.tokens import Token, tokenize

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


# Closing marks that may follow the comma of a quotation inside them.
_CLOSING = "\"”’'"


def tokens_around_quotes(text: str, ranges: list[tuple[int, int]]) -> list[Token]:
    """The tokens of a sentence's stretches outside quotations, with the comma a quotation between
    two stretches ended on inside its marks (`As Ann Roe, author of "Roads," put it,`): in American
    style that comma is the sentence's own, closing the aside the title stands in."""
    tokens: list[Token] = []
    for n, (a, b) in enumerate(ranges):
        if n:
            quoted = text[ranges[n - 1][1] : a].rstrip().rstrip(_CLOSING)
            if quoted.endswith(",") and tokens and tokens[-1].text != ",":  # (`show, "Roads," who`)
                comma = ranges[n - 1][1] + len(quoted) - 1
                tokens.append(Token(",", comma, comma + 1, ","))
        tokens.extend(tokenize(text, a, b))
    return tokens


def aside_or_verb(tokens: list[Token], b: int, v: int) -> int:
    """Where the stretch between a subject ending at token b and its verb at v begins to be an aside
    set off by a comma of the text (`Roe, author of "Roads," put it`: a title in it cuts nothing),
    else where the verb begins: a quotation before that point is cut out between them."""
    return tokens[b].start if b < v and tokens[b].text == "," else tokens[v].start
