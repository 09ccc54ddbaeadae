"""A capitalised preposition inside an organisation's name read back from its verb (`Doctors Without
Borders said`); apart from preposition_names, which the query side loads without the tokens."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract.given_names import is_given_name
from osceq.extract.preposition_names import SHORTEST
from osceq.extract.tokens import Token, capitalised


def preposition_joint(tokens: list[Token], k: int) -> bool:
    """Whether the token at k is a capitalised preposition joining capitalised words of one name
    (`Doctors Without Borders`), not one opening the sentence (`Without Lee, …`)."""
    joint = tokens[k]
    return (
        k > 0
        and joint.text[:1].isupper()
        and joint.low in fw.PREPOSITIONS
        and len(joint.text) >= SHORTEST
        and capitalised(tokens[k - 1])
        and not is_given_name(tokens[k + 1].text)
    )
