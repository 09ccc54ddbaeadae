"""The one rule every sentence splitter shares for a name suffix: the dot after `Jr.` or `Sr.`
also ends the sentence when a capitalised pronoun or sentence opener follows (`… said Ann Lee Sr.
His son …`), so no splitter runs two sentences together there."""

from __future__ import annotations

import re

from osceq.extract import function_words as fw

# Capitalised words that open a sentence and never go on a name: after `Jr.` they start a new one.
NEW_SENTENCE_WORDS = (
    frozenset({"he", "she", "they", "i", "we", "it", "his", "her", "their"})
    | fw.ARTICLES
    | fw.SENTENCE_ADVERBS
)
_OPENER = "|".join(
    sorted((word[:1].upper() + word[1:] for word in NEW_SENTENCE_WORDS), key=len, reverse=True)
)
# Only after a capitalised name word (`Reed Jr.`, `Reed, Jr.`): `a Jr. A team` is a hockey class.
# Python look-behinds are fixed-width, so one branch per length of that word.
_NAME_BEFORE = "|".join(
    rf"(?<=\b[A-Z][\w'’-]{{{n}}}{gap}[JS]r\.)" for n in range(1, 20) for gap in (r"\s", r",\s")
)
# A regular-expression branch for splitters that are patterns: the space after such a suffix's dot.
SUFFIX_STOP = rf"(?<=\b[JS]r\.)(?<!\bThe\s[JS]r\.)(?:{_NAME_BEFORE})\s+(?=(?:{_OPENER})\b)"
_SUFFIX_STOP = re.compile(SUFFIX_STOP)


def suffix_ends_sentence(text: str, dot: int) -> bool:
    """Whether the dot at text[dot] closes `Jr` or `Sr` and a sentence opener follows it."""
    return bool(_SUFFIX_STOP.match(text, dot + 1))
