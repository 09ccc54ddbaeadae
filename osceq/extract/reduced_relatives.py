"""Reduced passive relatives (`the measures called for were modest`, `the terms offered by the
bank`): a participle that describes the noun before it; the noun says nothing."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract.forward_phrases import np_forward
from osceq.extract.participle_objects import MOST_TIME_WORDS, time_word
from osceq.extract.passive_charges import names_agent
from osceq.extract.phrases import np_backward
from osceq.extract.tokens import Token
from osceq.extract.verb_surroundings import past_participle


def reduced_passive(tokens: list[Token], v: int) -> bool:
    """Whether the reporting form at v is a participle describing a noun phrase that opens a clause,
    or describing the noun before it with the agent named by "by" (`the terms offered by the bank`)."""
    if v == 0 or not past_participle(tokens[v]):
        return False
    if _agent_passive(tokens, v):
        return True
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


def _agent_passive(tokens: list[Token], v: int) -> bool:
    """`the terms offered last week by the bank`: a participle right after a common noun whose agent,
    a person or body, follows "by"; the noun is what was offered, not who speaks."""
    subject = np_backward(tokens, v)
    if subject is None or subject[2] != "nominal" or subject[1] != v:
        return False
    by = next(
        (k for k in range(v + 1, min(len(tokens), v + 2 + MOST_TIME_WORDS)) if tokens[k].low == "by"), None
    )
    if by is None or not all(time_word(t) for t in tokens[v + 1 : by]):
        return False  # (`said the bid by the bank was`: an object stands between; "by" is not its agent)
    found = np_forward(tokens, by + 1)
    if found is None or found[1] not in ("name", "nominal"):
        return False
    if found[0] < len(tokens) and tokens[found[0]].low == "as":
        return False  # (`described yesterday by Ann Lee as "…"`: the agent's own words follow)
    # A time, a place or a manner (`said by March`, `said by telephone`, `by letter`) is no agent: a
    # common noun must come with its determiner (`by the bank`).
    if found[1] == "nominal" and tokens[by + 1].low not in fw.DETERMINERS:
        return False
    return names_agent(tokens, by + 1, found[0], found[1])
