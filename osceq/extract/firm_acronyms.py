"""A body's acronym in parentheses after its name, inside a phrase before a person's noun
(`a senior Petroleos de Tarnia (PT) official`)."""

from __future__ import annotations

from osceq.extract.tokens import Token, capitalised


def acronym_in_parenthesis(tokens: list[Token], k: int) -> bool:
    """Whether token k closes a body's acronym in parentheses right after its capitalised name
    (`Petroleos de Tarnia (PT)`), which a phrase read backwards passes over."""
    return (
        k >= 3
        and tokens[k].text == ")"
        and tokens[k - 2].text == "("
        and tokens[k - 1].text.isalpha()
        and tokens[k - 1].text.isupper()
        and capitalised(tokens[k - 3])
    )
