"""Words of the time phrases `time_openers` reads."""

from __future__ import annotations

from osceq.extract.timex_lexicon import MONTHS, WEEKDAYS

# Words that put a time at the edge of a day or month (`late Thursday`, `early March`, `late in the day`).
DAY_EDGES = frozenset({"late", "early"})
# What follows such an edge in a time phrase: a named day or month, or the words before one
# (`late in March`, `early last week`, `late on Sunday`).
_BEFORE_A_TIME = frozenset({"in", "on", "last", "this", "next", "that"})
NAMED_TIMES = frozenset(WEEKDAYS) | frozenset(MONTHS) | _BEFORE_A_TIME
# Prepositions that put a clock time before a sentence's subject (`At 9:45 he`, `By 11 a.m. the`).
CLOCK_PREPOSITIONS = frozenset({"at", "by", "around", "after", "before", "until"})
# Clock times said in a word (`At noon she …`).
CLOCK_WORDS = frozenset({"noon", "midnight", "midday"})
# Words that open a subject after such a time.
SUBJECT_STARTS = frozenset({"he", "she", "they", "i", "we", "the", "a", "an", "his", "her", "their"})
# Points in time a preposition may put before a sentence's subject with no comma (`By noon Bell …`,
# `On Monday the mayor …`).
TIME_POINTS = (
    frozenset({"noon", "midnight", "midday", "dawn", "dusk", "nightfall", "then", "now"})
    | frozenset(WEEKDAYS)
    | frozenset(MONTHS)
)
# Adverbs of time that open a sentence before their comma (`Afterward, Lee stayed …`): no subject.
OPENING_TIME_ADVERBS = frozenset({"afterward", "afterwards", "subsequently", "thereafter"})
