"""Short asides that stand between a speaker's name and what follows it without ending the noun
phrase: a town after "of" (`… of Dover, Delaware`), a party in brackets (`Ann Lee (Democrat) of
Ohio`), a sentence adverb between commas (`Critics, however, say`)."""

from __future__ import annotations

from osceq.extract.tokens import Token, between_word, capitalised


def town_after_of(tokens: list[Token], a: int) -> int | None:
    """The index of "of" before the capitalised town that ends at the comma before token a ("… of
    Dover, Delaware")."""
    if a < 3:
        return None
    town = a - 1
    while town > 0 and capitalised(tokens[town - 1]):
        town -= 1
    if town == a - 1 or town < 2 or tokens[town - 1].low != "of" or not capitalised(tokens[town - 2]):
        return None
    return town - 1


def party_between(tokens: list[Token], b: int, k: int) -> bool:
    """Whether tokens[b:k] are a short parenthesis ("(Democrat)", "(D-N.J.)") between a name and
    its "of": `Senator Ann Lee (Democrat) of Ohio said` is Ann Lee's."""
    return 2 < k - b <= 8 and tokens[b].text == "(" and tokens[k - 1].text == ")"


# Sentence adverbs set off by commas between a subject and its verb ("Critics, however, say").
_ASIDE_ADVERBS = frozenset({"however", "meanwhile", "though", "too", "instead", "nevertheless", "moreover"})


def adverb_aside(tokens: list[Token], b: int, v: int) -> bool:
    """Whether tokens[b:v] are one adverb set off by commas (`, however,`), which links nothing."""
    between = tokens[b:v]
    return (
        len(between) == 3
        and between[0].text == between[2].text == ","
        and (between[1].low in _ASIDE_ADVERBS or between_word(between[1]))
    )
