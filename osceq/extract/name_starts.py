"""Where a name ending before a token starts, across "of" (`The President of Kazakhstan`), and where
a possessor ending on a possessive starts (`the company's`). Read by `phrases.py`."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract.listed_names import field_list_comma
from osceq.extract.tokens import Token, capitalised, initial_letter, is_word, joins_name, owner_inside_name
from osceq.extract.verb_or_noun import is_verb


def name_start(tokens: list[Token], j: int) -> int:
    """Start of the capitalised run ending before j, across "of" ("The President of Kazakhstan")."""
    i = j
    while i > 0 and (
        capitalised(tokens[i - 1])
        or joins_name(tokens, i - 1)
        or initial_letter(tokens, i - 1)
        or field_list_comma(tokens, i - 1, j)
        or owner_inside_name(tokens, i - 1)
    ):
        i -= 1
        if i > 1 and tokens[i - 1].low == "of" and capitalised(tokens[i - 2]):
            i -= 1
    return i


def possessor_start(tokens: list[Token], k: int) -> int:
    """Where the possessor ending with the possessive token k begins: a name, or a determiner and
    nouns ("the company's")."""
    if capitalised(tokens[k]):
        i = name_start(tokens, k + 1)
        return i - 1 if i > 0 and tokens[i - 1].low == "the" else i  # "the Vatican's newspaper"
    i = k
    while i > 0 and k - i < 3 and is_word(tokens[i - 1]):
        if tokens[i - 1].low in fw.DETERMINERS:
            return i - 1
        if not tokens[i - 1].text.islower() or tokens[i - 1].low in fw.NP_STOP or is_verb(tokens, i - 1):
            break
        i -= 1
    return k
