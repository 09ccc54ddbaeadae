"""A call, demand or plea from someone that words what they ask (`Ann Lee faces calls from Tom Reed
to "step aside now."`): the words after "to" are the source's, as `Reed's call to "…"` is Reed's,
never the sentence subject's who faces or rejects them."""

from __future__ import annotations

import re

from osceq.extract.call_words import CALL_NOUNS, GROUP_SOURCES, PHONE_VERBS
from osceq.extract.found import Found
from osceq.extract.given_names import is_given_name
from osceq.extract.letter_cases import any_case_pattern
from osceq.extract.name_words import ORGANISATION_WORDS
from osceq.extract.reporting import REPORTING_FORMS
from osceq.extract.timex_lexicon import MONTHS, WEEKDAYS
from osceq.extract.word_kinds import person_noun, title_word
from osceq.models import Span

__all__ = ["call_source"]

# The word before the noun, the noun, `from`/`by`, the source (a capitalised name with a short
# title, or a body described in lower case after an article: `the opposition`, `party members`), a
# set-off role, then `to`.
_CALL_FROM = any_case_pattern(
    r"\b([a-z]+)\s+([a-z]+)\s+(?:from|by)\s+"
    r"((?:[A-Z][a-z]{0,3}\.\s+)?(?:[A-Z][\w'’\-]*\s+){0,3}[A-Z][\w'’\-]*[a-z]"
    r"|(?:the|its|his|her|their)\s+(?:[a-z]+\s+){0,2}[a-z]+)"
    r"(?:,\s*[^,\"“”\n]{1,60},)?\s+to\s*$"
)
_SENTENCE_END = re.compile(r"[.!?][\"”’']*\s|\n")
_WORD = re.compile(r"[A-Za-z]+")


def call_source(text: str, opening: int) -> Found | None:
    """The source named by `from`/`by` after a noun of a call right before the opening mark at
    `opening` (`calls from Tom Reed to "…"`), with the noun as the cue; None for any other words."""
    match = _CALL_FROM.search(text, max(0, opening - 120), opening)
    if match is None or match.group(2) not in CALL_NOUNS or match.group(1).lower() in PHONE_VERBS:
        return None
    source = match.group(3)
    if not _surely_a_source(source) or _reported_before(text, match.start(1)):
        return None
    kind = "name" if source[:1].isupper() else "nominal"
    mention = Span(source, match.start(3), match.end(3))
    return Found(mention, Span(match.group(2), match.start(2), match.end(2)), kind, "owner")


def _surely_a_source(source: str) -> bool:
    """Whether the words after `from` surely name a person (a title, a given name before the last
    word) or a body (an organisation's word, a noun of people), never a place, a time or a thing
    (`from London`, `from Monday`, `from his car`, `from the floor`)."""
    words = source.replace(".", " ").split()
    last = words[-1].lower()
    if source[:1].islower():
        return person_noun(last) or last in ORGANISATION_WORDS or last in GROUP_SOURCES
    if words[0].lower() in MONTHS or words[0].lower() in WEEKDAYS:
        return False  # `calls from Monday to`, `from May Reed …`: a time first
    return last in ORGANISATION_WORDS or any(
        title_word(word.lower()) or (k + 1 < len(words) and is_given_name(word))
        for k, word in enumerate(words)
    )


def _reported_before(text: str, start: int) -> bool:
    """Whether a reporting verb stands earlier in the sentence before `start` (`Ann Lee said she had
    calls from Tom Reed to "…"`): the quote is in that verb's clause, its subject's to tell."""
    ends = list(_SENTENCE_END.finditer(text, max(0, start - 300), start))
    opening = ends[-1].end() if ends else max(0, start - 300)
    return any(word.group().lower() in REPORTING_FORMS for word in _WORD.finditer(text, opening, start))
