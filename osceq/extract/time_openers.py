"""A sentence that opens on a time phrase: before its comma (`Late Thursday, Ann Lee posted …`), the
capitalised first word is no name, so the subject follows the comma; a clock time with no comma
(`At 9:45 he posted …`) is no subject either."""

from __future__ import annotations

import re

from osceq.extract import function_words as fw
from osceq.extract.given_names import is_given_name
from osceq.extract.roundup_label_words import BODY_NAME_ENDS
from osceq.extract.time_words import (
    CLOCK_PREPOSITIONS,
    CLOCK_WORDS,
    DAY_EDGES,
    NAMED_TIMES,
    OPENING_TIME_ADVERBS,
    SUBJECT_STARTS,
    TIME_POINTS,
)
from osceq.extract.tokens import Token
from osceq.extract.word_kinds import title_word

_HOUR_SUFFIXED = re.compile(r"\d{1,2}(?::\d\d)?[ap]m")

__all__ = ["opens_intro", "past_clock_time", "past_time_phrase"]


def opens_intro(tokens: list[Token], i: int) -> bool:
    """Whether token i opens an introductory phrase: an intro word (`Later`, `Meanwhile`), an adverb
    of time set off by its comma (`Afterward, Lee stayed`) or an edge of a named day or month (`Late
    Thursday`, `Early March`)."""
    if tokens[i].low in fw.INTRO_WORDS:
        return True
    if tokens[i].low in OPENING_TIME_ADVERBS and i + 1 < len(tokens) and tokens[i + 1].text == ",":
        return not _body_follows(tokens, i + 2)
    return tokens[i].low in DAY_EDGES and i + 1 < len(tokens) and tokens[i + 1].low in NAMED_TIMES


def past_clock_time(tokens: list[Token], i: int, limit: int) -> int:
    """The index past a clock time that opens the sentence with no comma (`At 9:45 he posted …`,
    `By 11 a.m. the mayor had …`, `At noon she …`), when a subject's first word follows it; else i."""
    if i + 1 >= limit or tokens[i].low not in CLOCK_PREPOSITIONS:
        return i
    k = _past_clock(tokens, i + 1, limit)
    if k > i + 1 and k < limit and (tokens[k].low in SUBJECT_STARTS or tokens[k].text[:1].isupper()):
        return k
    return i


def _past_clock(tokens: list[Token], i: int, limit: int) -> int:
    """The index past a clock time at i (`9:45`, `9 a.m.`, `9pm`, `9 o'clock`, `noon`); i when there is
    none: a bare number is a count (`Before 2 officials resigned`), never an hour."""
    if tokens[i].low in CLOCK_WORDS or _HOUR_SUFFIXED.fullmatch(tokens[i].low):
        return i + 1
    if not tokens[i].text.isdigit():
        return i
    k = i + 1
    if k + 1 < limit and tokens[k].text == ":" and tokens[k + 1].text.isdigit():
        k += 2  # `9:45`
    if k < limit and tokens[k].low in ("o'clock", "o’clock"):
        return k + 1
    if (
        k + 3 < limit
        and tokens[k].low in ("a", "p")
        and [t.text for t in tokens[k + 1 : k + 4]] == [".", "m", "."]
    ):
        return k + 4  # `a.m.`, `p.m.`
    return k if k > i + 1 else i


def past_time_phrase(tokens: list[Token], i: int) -> int:
    """The index past a short time phrase that opens the sentence with no comma (`By noon Bell had
    joined in`, `On Monday the mayor …`, `At 9:45 she …`), when a subject's first word follows it."""
    limit = len(tokens)
    k = past_clock_time(tokens, i, limit)
    if k > i:
        return k
    if i + 2 < limit and tokens[i].low in CLOCK_PREPOSITIONS | {"on"} and tokens[i + 1].low in TIME_POINTS:
        if tokens[i + 2].low in SUBJECT_STARTS:
            return i + 2
        return _name_after_time(tokens, i + 2, i)
    return i


def _name_after_time(tokens: list[Token], k: int, i: int) -> int:
    """Where a person's name opens in the capitalised run at k after a time: at k when the run opens
    on a given name or title (`Tom Bell`, `Sen. Bell`); else i, the sentence read as before the time
    rule, for a lone word or a longer run may be the time's own name (`On Monday Night Football Bell`)
    and no article's names are at hand here to tell a surname."""
    if k < len(tokens) and (is_given_name(tokens[k].text) or title_word(tokens[k].text)):
        return k
    return i


def _body_follows(tokens: list[Token], i: int) -> bool:
    """Whether the capitalised run at i is a club's, a firm's or a body's name (`Subsequently, Kestrel
    Rovers signed …`): read as the subject, it would take the next he or she."""
    k = i
    while k < len(tokens) and tokens[k].text[:1].isupper():
        k += 1
    return k > i and tokens[k - 1].low in BODY_NAME_ENDS
