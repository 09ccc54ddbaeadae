"""Reduced passive relatives (`the measures called for were modest`): a participle that describes the
noun before it, whose sentence goes on with its own verb; the noun says nothing."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract.phrases import np_backward
from osceq.extract.tokens import Token
from osceq.extract.verb_surroundings import past_participle


def reduced_passive(tokens: list[Token], v: int) -> bool:
    """Whether the reporting form at v is a participle describing a noun phrase that opens a clause."""
    if v == 0 or not past_participle(tokens[v]):
        return False
    k = v + 1
    if k < len(tokens) and tokens[k].low in fw.PHRASAL_PARTICLES:
        k += 1
    if k >= len(tokens) or tokens[k].low not in fw.FINITE_BE:
        return False
    subject = np_backward(tokens, v)
    if subject is None or subject[2] != "nominal" or subject[1] != v:
        return False
    a = subject[0]
    # The phrase opens a clause of its own: a "what" or a noun before it (`what the minister said
    # was`, `the one thing the aide said was`) makes an object relative instead.
    return a == 0 or tokens[a - 1].text in fw.CLAUSE_MARKS or tokens[a - 1].low in fw.PHRASE_OPENERS
