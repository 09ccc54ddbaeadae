"""A name set off inside an opening subordinate clause (`When the welder, Rufus Bell, 58, asked …,
she said`): the clause runs past the apposition's commas to the comma after its own verb."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract.tokens import Token, capitalised
from osceq.extract.verb_or_noun import is_verb


def past_apposition(tokens: list[Token], i: int, comma: int) -> int:
    """The comma ending the clause the subordinator at i opens, when its first comma only opens a
    name apposed to the clause's subject (`the welder, Rufus Bell,`); else that first comma."""
    if comma < 0 or tokens[i].low not in fw.CLAUSE_ONLY_SUBORDINATORS:
        return comma
    if i + 1 >= comma or tokens[i + 1].low not in fw.DETERMINERS:
        return comma  # (`While in office, Lee, 58, …`: no subject noun for a name to stand beside)
    if any(is_verb(tokens, k) for k in range(i + 1, comma)):
        return comma  # the clause has its verb: `When the vote ended, Lee, 58, said`
    j = comma + 1
    while j < len(tokens) and j - comma <= 4 and capitalised(tokens[j]):
        j += 1
    if j == comma + 1 or j >= len(tokens) or tokens[j].text != ",":
        return comma
    if j + 2 < len(tokens) and tokens[j + 1].text.isdigit() and tokens[j + 2].text == ",":
        j += 2  # an age after the name
    # The clause's own verb follows the apposition, before the comma that closes the clause.
    end = next((k for k in range(j + 1, min(len(tokens), j + 24)) if tokens[k].text == ","), -1)
    if end < 0 or not any(is_verb(tokens, k) for k in range(j + 1, end)):
        return comma
    return end
