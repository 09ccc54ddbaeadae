"""The words of a speaker mention that names nobody in particular ("a State Department
spokesman", "the report"): where the description ends and how its first word is written; and the
word shapes `mentions.py` shares with it (stops, reduced-clause participles, a sentence's dot)."""

from __future__ import annotations

import re

from osceq.extract import name_words as w
from osceq.extract.mention_shapes import description_goes_on
from osceq.extract.name_runs import ACRONYM as _ACRONYM
from osceq.extract.timex_lexicon import NUMBER_WORDS
from osceq.extract.word_kinds import person_noun

__all__ = ["STOPS", "description", "lower_first", "participle", "strip_dot"]

STOPS = frozenset(',.;:()[]<>"“”‘’«»—–')


def strip_dot(word: str) -> str:
    """A word without the full stop a sentence left on it, keeping the last dot of "U.S."."""
    if re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", word):
        return word + "."
    return word if _ACRONYM.match(word) else word.rstrip(".")


def description(tokens: list[str]) -> str:
    """A description as written, without a trailing clause, with its opening word in lower case."""
    end = len(tokens)
    for k, token in enumerate(tokens):
        low = token.lower()
        if token in STOPS or (
            k > 0
            and token == low
            and (
                participle(tokens, k)
                or (low in w.NAME_BREAKS and low not in w.DESCRIPTION_PREPOSITIONS)
                or low in w.AUXILIARIES  # "a statement was issued", "the union is"
            )
            and not description_goes_on(tokens, k)
        ):
            end = k
            break
    words = lower_first(tokens[: max(end, 1)])
    return " ".join([*words[:-1], *map(strip_dot, words[-1:])])  # "… to the U.S." keeps its dot


def participle(tokens: list[str], k: int) -> bool:
    """A past participle after a noun opens a reduced clause ("a broker contacted by ...")."""
    low = tokens[k].lower()
    return (
        low.endswith("ed")
        and k >= 2
        and tokens[k - 1].lower() not in w.DESCRIPTION_OPENERS
        and tokens[k - 1].lower() not in ("the", "of")  # "10 percent of registered voters"
    )


def lower_first(tokens: list[str]) -> list[str]:
    """A description's first word is capitalised only because it opened a sentence: lower it.

    Not a title word or an occupation before another capitalised word: "General Partners", "First
    Reno Bancorp" are names written so, and "General Manager" a title written so."""
    if not tokens:
        return tokens
    first, low = tokens[0], tokens[0].lower()
    title_case = len(tokens) > 1 and tokens[1][:1].isupper()
    if NUMBER_WORDS.get(low, 0) > 1 and len(tokens) > 2 and all(t[:1].isupper() for t in tokens[1:]):
        return tokens  # `Four Winds Holdings`: a number word before capitalised words only opens a name
    if (
        first[:1].isupper()
        and first[1:] == low[1:]
        and (
            low in w.DESCRIPTION_OPENERS
            or low == "the"
            or (not title_case and (low in w.TITLE_MODIFIERS or person_noun(first)))
        )
    ):
        return [low, *tokens[1:]]
    return tokens
