"""A question put to a named person, then an answer tagged with a pronoun:

    "Will you run again?" a reporter asked Dale Fenwick. "No," he said.

The "he" answers the question, so it is the person asked, not the asker, although the asker is the
nearer candidate. Only a question put to someone named counts: `"Why would I?" Lee asked. "It makes
no sense," he said.` goes on with Lee, and `Lee asked reporters` names nobody to answer.
"""

from __future__ import annotations

import re

from osceq.extract import name_words as w
from osceq.extract.timex_lexicon import MONTHS, WEEKDAYS

# A quote closing on a question mark right before the asker: `"…?" a reporter asked`.
_QUESTION_BEFORE = re.compile(r"\?\s*[\"”’']\s*$")
# The asker (as written) and the verb: `a reporter asked `, `Jo Park asked `.
_ASKER_ASKED = re.compile(r"[^\n\"“”?!]{1,60}?\s+asked\s+")
# The person asked: a name of up to four capitalised words (a title may lead), then the tag's end.
_ADDRESSEE = re.compile(r"((?:[A-Z][\w’'\-]*\.?\s+){0,3}[A-Z][\w’'\-]*[a-z])\s*[.,]")
# Between the tag and the answer's pronoun: one quotation and nothing of the writer's.
_ONE_QUOTE_THEN = re.compile(r"\s*[\"“‘']\S[^\"“”\n]{0,600}[\"”’']\s*")


def question_addressee(text: str, position: int, before: int) -> str | None:
    """The person a question was put to, when the candidate at position asked it (`"…?" a reporter
    asked Dale Fenwick.`) and the pronoun at `before` tags the very next quotation; else None."""
    addressee = _addressee(text, position, before)
    return addressee.group(1) if addressee is not None else None


def surname_asked(text: str, position: int, before: int) -> str | None:
    """A lone surname the question was put to, closing the tag with a full stop (`"…?" Lee asked
    Holt. "No," he said.`), though the article names Holt nowhere else; None for a word of a body, a
    place, a title or a date (`asked Congress.`, `asked Ohio.`, `asked Tuesday.`)."""
    addressee = _addressee(text, position, before)
    if addressee is None or not addressee.group().endswith("."):
        return None
    word = addressee.group(1)
    low = word.lower()
    if " " in word or not word[1:].isalpha() or not word[1:].islower() or low in _NOT_SURNAMES:
        return None
    return word


# Capitalised words after "asked" that are no person: bodies, places, titles, offices, dates.
_NOT_SURNAMES = (
    w.ORGANISATION_WORDS
    | w.PLACES
    | w.TITLES
    | w.OFFICES
    | w.HONORIFICS
    | frozenset(MONTHS)
    | frozenset(WEEKDAYS)
)


def _addressee(text: str, position: int, before: int) -> re.Match[str] | None:
    if not _QUESTION_BEFORE.search(text, max(0, position - 8), position):
        return None
    asked = _ASKER_ASKED.match(text, position, min(len(text), position + 80))
    if asked is None:
        return None
    addressee = _ADDRESSEE.match(text, asked.end(), min(len(text), asked.end() + 80))
    if addressee is None or not _ONE_QUOTE_THEN.fullmatch(text, addressee.end(), before):
        return None
    return addressee
