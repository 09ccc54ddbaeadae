"""A speaker's report about another person closing a paragraph (`Olek Brun said in a statement
that Mr. Sorrel had been "…"`), then a paragraph opening on a bare He or She: the pronoun may be the
speaker's or the person reported on, so the speaker is no safe answer."""

from __future__ import annotations

import re

from osceq.extract import reporting as lex
from osceq.extract.name_words import ABBREVIATED_TITLES

__all__ = ["reported_other"]

# The word after the pronoun (its verb, or an adverb before it).
_WORD_AFTER = re.compile(r"[A-Za-z]+\s+(?:also\s+|later\s+)?([a-z]+)")
_NAME = r"(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?(?:[A-Z][\w’'\-]+\s+){0,2}[A-Z][\w’'\-]*[a-z]"
# A verb of saying, a few words (`in a statement`) and `that`, or the verb alone, then a name and a
# verb of its own: the person reported on.
_REPORT = re.compile(
    r"\b(?:said|says|told\s+[a-z]+|wrote|recalled)\b(?:[^.;\"“”\n]{0,50}?\bthat)?\s+"
    rf"({_NAME})\s+(?:had|has|was|is|would|[a-z]+ed)\b"
)
# A stop before a capital, and the word before it: a sentence's end unless the word is a title or
# an initial (`Mr. Sorrel`, `Sen. Brun`, `J. Sorrel`).
_STOP = re.compile(r"(\w*)[.?!][\"”’']*\s+[A-Z\"“]")


def reported_other(text: str, position: int, before: int) -> str | None:
    """The person reported on (as written) in the sentence of the candidate at `position`, when that
    sentence closes the paragraph before the one the capitalised pronoun at `before` opens; else None."""
    line = text.rfind("\n", 0, before)
    if line < 0 or text[line + 1 : before].strip() or not text[before : before + 1].isupper():
        return None  # (a pronoun opening its paragraph, after another)
    verb = _WORD_AFTER.match(text, before)
    if verb is not None and verb.group(1) in lex.REPORTING_FORMS:
        return None  # `He said …` goes on with the speaker, as wire copy writes
    end = line
    while end > position and text[end - 1].isspace():
        end -= 1
    if end <= position or _sentence_break(text, position, end):
        return None  # (only the candidate's own sentence, the paragraph's last, is read)
    found = None
    for match in _REPORT.finditer(text, position, end):
        found = match
    return found.group(1) if found is not None else None


def _sentence_break(text: str, start: int, end: int) -> bool:
    """Whether a sentence ends between offsets start and end (see _STOP)."""
    return any(
        not (stop.group(1) in ABBREVIATED_TITLES or (len(stop.group(1)) == 1 and stop.group(1).isupper()))
        for stop in _STOP.finditer(text, start, end)
    )
