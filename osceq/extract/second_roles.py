"""An inverted tag naming two people by two roles (`…," said the president of Acme and the
chairman of Brill`): the speaker phrase takes both, never the first role alone."""

from __future__ import annotations

from osceq.extract.role_of_firm import second_role_after_and
from osceq.extract.tokens import Token, setting_end
from osceq.extract.word_kinds import name_word


def second_role_end(tokens: list[Token], start: int, j: int) -> int:
    """Past `and the ROLE of FIRM` at token j when the phrase from start to j is `the ROLE of FIRM`
    and the second role ends the sentence or a comma follows it; else j (`…," said the mayor of
    Reno and the crowd cheered` keeps its clause)."""
    if j >= len(tokens) or tokens[j].low != "and":
        return j
    end = j + 2
    while (
        end < len(tokens)
        and tokens[end].text.isalpha()
        and tokens[end].text.islower()
        and tokens[end].low != "of"
    ):
        end += 1  # the second role's words (`chief executive`)
    if end >= len(tokens) or tokens[end].low != "of":
        # `… and the mayor.`: a second role with no firm, whole when the sentence or an aside follows.
        after = setting_end(tokens, end) if end < len(tokens) else end
        closed = after >= len(tokens) or tokens[after].text in _ENDS
        words = [t.text for t in tokens[start:end]]
        return end if end > j + 2 and closed and second_role_after_and(words, j - start) else j
    end += 2 if end + 1 < len(tokens) and tokens[end + 1].low == "the" else 1
    while end < len(tokens) and (name_word(tokens[end].text) or tokens[end].text == "&"):
        end += 1  # the second firm's name
    after = setting_end(tokens, end)  # `… on Monday.`
    if after < len(tokens) and tokens[after].text not in _ENDS:
        return j
    words = [t.text for t in tokens[start:end]]
    return end if second_role_after_and(words, j - start) else j


# Marks after which the second role is whole: the sentence ends, or an aside follows.
_ENDS = frozenset({",", ".", ";"})
