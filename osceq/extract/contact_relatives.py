"""A relative clause with no relative word (`said the trips Tom Bell described had been "…"`): a noun,
a name and its verb, then the main clause's verb. The words belong to the main clause, not to the
name inside the clause."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract import reporting as lex
from osceq.extract.contact_relative_words import OBJECT_ONLY_VERBS
from osceq.extract.tokens import Token, capitalised

__all__ = ["determined_noun", "in_contact_relative"]

# Finite verbs that carry the main clause on after such a clause (`the plan Lee drew up was`).
_MAIN_VERBS = frozenset({"had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "did"})


def in_contact_relative(tokens: list[Token], v: int) -> bool:
    """Whether the verb at v, one that takes only an object, closes a clause `the <noun> <Name> <v>`
    that a main verb follows at once, after a reporting verb of the sentence's own (`said the trips Tom
    Bell described had been`)."""
    if v + 1 >= len(tokens) or tokens[v + 1].low not in _MAIN_VERBS or not tokens[v + 1].text.islower():
        return False
    if tokens[v].low not in OBJECT_ONLY_VERBS:
        return False  # `the bill Ann Lee says is "…"`: a verb of saying takes the clause, the words are hers
    k = v - 1
    while k >= 0 and capitalised(tokens[k]) and tokens[k].text.isalpha():
        k -= 1  # back over the name
    if k == v - 1 or k < 1:
        return False
    return (
        any(t.low in lex.REPORTING_FORMS for t in tokens[: k - 1])  # the sentence's own tag, outside
        and determined_noun(tokens, k) is not None
    )


def determined_noun(tokens: list[Token], n: int, reach: int = 1) -> int | None:
    """The index of the lower-case determiner of the lower-case noun at n (past up to reach - 1 other
    words: `a sweeping new bill`), or None when the word at n is no such noun."""
    noun = tokens[n]
    if n < 1 or not noun.text.isalpha() or not noun.text.islower():
        return None
    if noun.low in fw.DETERMINERS or noun.low in fw.PREPOSITIONS:
        return None
    k = n - 1
    while k > n - reach and k > 0 and tokens[k].text.isalpha() and tokens[k].low not in fw.NOUN_MARKERS:
        k -= 1  # back over the noun's adjectives
    return k if tokens[k].low in fw.DETERMINERS and tokens[k].text.islower() else None
