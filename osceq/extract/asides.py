"""The asides that stand between a speaker's name and the rest of the sentence: a role set off by
commas (`Ann Lee, a neighbour, said`) and a relative clause (`the official, who asked not to be
named, told Reuters`)."""

from __future__ import annotations

from osceq.extract import reporting as lex
from osceq.extract.phrases import MAX_APPOSITION
from osceq.extract.tokens import Token, abbreviation_dot, before_comma, is_verb


def apposition_after(text: str, tokens: list[Token], j: int) -> tuple[str, int] | None:
    """The role in ", a title," right after a name ending at token j, and the index after its comma."""
    if j >= len(tokens) or tokens[j].text != ",":
        return None
    k = j + 1
    while k < len(tokens) and k - j <= MAX_APPOSITION and tokens[k].text not in ',;:"“”()':
        if tokens[k].text == "." and not abbreviation_dot(tokens, k) and not before_comma(tokens, k):
            break
        k += 1
    first = tokens[j + 1] if j + 1 < len(tokens) else None
    if (
        k == j + 1
        or k >= len(tokens)
        or first is None
        or first.low in lex.APPOSITION_BAN
        or is_verb(tokens, j + 1)
        or first.low.endswith("ing")
    ):
        return None
    if tokens[k].text not in ",.":
        return None
    return text[tokens[j + 1].start : tokens[k - 1].end], k + 1


def skip_relative(tokens: list[Token], j: int) -> int:
    """The index after ", who ...," right after a noun phrase ending at j, or j when there is none.

    `the official, who asked not to be named, told Reuters`: the clause sits between subject and verb.
    """
    if j + 1 >= len(tokens) or tokens[j].text != "," or tokens[j + 1].low not in ("who", "whose"):
        return j
    for k in range(j + 2, min(len(tokens), j + 2 + MAX_APPOSITION)):
        if tokens[k].text in ';:"“”' or (tokens[k].text == "." and not abbreviation_dot(tokens, k)):
            return j
        if tokens[k].text == ",":
            return k + 1
    return j
