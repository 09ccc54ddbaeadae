"""A noun phrase that is the object of a preposition between a subject and its verb: in `Its
statement after the vote called it "…"` and `The union in a statement called` the verb's subject is
the phrase before the preposition, not "the vote" or "a statement"."""

from __future__ import annotations

from collections.abc import Callable

from osceq.extract.tokens import Token, past_verb

# Prepositions of time or means that set a phrase between a subject and its verb.
_BETWEEN_PREPOSITIONS = frozenset({"after", "before", "during", "following", "in"})
# How many such phrases may stand in a row (`The union in a statement after the vote called`).
_MOST_PHRASES = 2

Phrase = tuple[int, int, str]


def _place_of_participle(tokens: list[Token], preposition: int) -> bool:
    """`A statement issued at the close of the summit said`: "at" after a participle gives where the
    thing before was made, not who speaks (`Officials at the ministry said` keeps its reading)."""
    return tokens[preposition].low == "at" and preposition > 1 and past_verb(tokens[preposition - 1])


def prepositional_object_skipped(
    tokens: list[Token], found: Phrase | None, backward: Callable[[list[Token], int], Phrase | None]
) -> Phrase | None:
    """The subject before the prepositional phrases that end with the common-noun phrase found
    (backward: the reader of a phrase ending before a token); found when no phrase stands before."""
    for _ in range(_MOST_PHRASES):
        if found is None or found[2] != "nominal" or found[0] < 2:
            return found
        preposition = found[0] - 1
        if not tokens[preposition].text.islower() or not (
            tokens[preposition].low in _BETWEEN_PREPOSITIONS or _place_of_participle(tokens, preposition)
        ):
            return found
        earlier = backward(tokens, preposition)
        if earlier is None or earlier[2] not in ("name", "nominal") or earlier[1] > preposition:
            return found
        if earlier[0] > 0 and tokens[earlier[0] - 1].text not in ",;:":
            return found  # `… a warning after the clerk had filed`: "after" opens a clause of its own
        found = earlier
    return found
