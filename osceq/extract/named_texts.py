"""Quotations a naming noun introduces as a text's name or printed words, not as speech: a paper's
title (`under the title "…"`), a slogan, a motto, a song's refrain or chorus, a printed line."""

from __future__ import annotations

import re

from osceq.extract import name_words as w
from osceq.extract import reporting as lex
from osceq.extract.given_names import first_name_gender
from osceq.extract.letter_cases import any_case
from osceq.extract.quote_drafts import Draft
from osceq.extract.word_kinds import person_noun

# The naming noun, then a comma, a dash, a colon or nothing, right before the opening mark. Not "the
# line" or "the warning" alone, which a speaker repeats as often; not "titled" or "entitled", nor a
# post's "caption:", whose words the news counts as its author's (`an editorial entitled "…"`).
_NAMING_BEFORE = re.compile(
    r"\b(?:slogans?|mottos?|taglines?|refrains?|chorus|(?:advertising|poster)\s+lines?)"
    r"\s*(?:[,:]|\s[—–-])?\s*$",
    re.IGNORECASE,
)
# `Its label carries the warning "…"`, `the box bore the line "…"`: words printed on a thing, whose
# name (up to two words) is caught to tell it from a person (`The minister bore the message: "…"`).
_PRINTED_BEFORE = re.compile(
    r"(\S+(?:\s+\S+)?)\s+(?:carr(?:y|ies|ied)|bears?|bore)\s+(?:the|a)\s+"
    r"(?:lines?|warning|words|message|legend)\s*[,:]?\s*$",
    re.IGNORECASE,
)
# A title introduces its words only straight, after a colon or a copula (`under the title "…"`, `the
# title was "…"`): `won the title, "…," she said` and `kept her title - "…"` are sports speech.
_TITLE_BEFORE = re.compile(
    r"\b(?:the|a|its|his|her|their)\s+(?:working\s+)?title(?:\s*:|\s+(?:is|was|of))?\s*$", re.IGNORECASE
)
# A word one of the three patterns above must match, in small letters. Only ASCII text is looked at
# so: their IGNORECASE reads a few letters beyond it as `i` or `s` (`ı`, `ſ`), which `lower` keeps.
_NAMING_STEMS = ("slogan", "motto", "tagline", "refrain", "chorus", "line", "carr", "bear", "bore", "title")
# A tag of the quote's own right after it (`…," she said`, `…," Ann Lee said`).
_OWN_TAG = re.compile(
    r"\s*,?\s*(?:[Hh]e|[Ss]he|(?:the|an?)\s+[a-z]+|"
    + any_case(r"[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?")
    + r")\s+([a-z]+)\b"
)


def named_text(text: str, draft: Draft) -> bool:
    """Whether the quotation is a title, a slogan, a refrain or a printed line by the words before
    it, and has no tag of its own after it."""
    opening = draft.pair.open_start
    before = max(0, opening - 40)
    window = text[before:opening].lower()
    if window.isascii() and not any(word in window for word in _NAMING_STEMS):
        return False  # (most quotes: a look for the patterns' words before their searches)
    printed = _PRINTED_BEFORE.search(text, before, opening)
    if printed is not None and _a_person(printed.group(1)):
        return False  # `Ann Lee carries the message: "…"`: she says it
    if (
        _NAMING_BEFORE.search(text, before, opening) is None
        and _TITLE_BEFORE.search(text, before, opening) is None
        and printed is None
    ):
        return False
    tag = _OWN_TAG.match(text, draft.pair.close_end)
    return tag is None or tag.group(1) not in lex.REPORTING_FORMS


def _a_person(words: str) -> bool:
    """Whether the subject before "carries"/"bore" is a person: a pronoun, a person's noun or title,
    or a name opening on a given name."""
    last = words.split()[-1].lower()
    if (
        last in ("he", "she", "they", "i", "we", "who")
        or person_noun(last)
        or last in w.SERVED_PERSONS | w.TITLES
    ):
        return True
    return first_name_gender(words) is not None
