"""A tag whose speaker is a surname that is also a common word (`"…," May said.`), read after a
quotation's closing mark."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract.found import Found
from osceq.extract.letter_cases import any_case_pattern
from osceq.extract.tokens import PRONOUN_SUBJECTS
from osceq.models import Span

# `"…," May said.`: a capitalised word, then a plain reporting verb that ends the tag.
_WORD_THEN_VERB = any_case_pattern(
    r"[\"”’'`]*,?[\"”’'`]*\s+([A-Z][a-z]+)\s+(said|says|wrote|writes|added|adds)(?=([.,]|\s*$))"
)
# Capitalised words that never name the speaker: pronouns, determiners, groups, days and answers.
_NO_SURNAME = (
    PRONOUN_SUBJECTS
    | fw.OBJECT_PRONOUNS
    | fw.DETERMINERS
    | fw.GROUP_SUBJECTS
    | fw.RELATIVES
    | fw.TIME_NOUNS
    | {
        "it",
        "that",
        "there",
        "here",
        "what",
        "why",
        "how",
        "when",
        "where",
        "yes",
        "no",
        "not",
        "nor",
        "tomorrow",
    }
)


def word_surname(text: str, end: int, close_end: int, right: int) -> Found | None:
    """`"…," May said.`, `"…," From said.`: a surname that is also a common word. After the quote's
    comma, or as a sentence of its own after one that closed (`"…." May said.`), a capitalised word
    whose verb ends the tag can only be the speaker's name."""
    match = _WORD_THEN_VERB.match(text, close_end, right)
    if match is None or match.group(1).lower() in _NO_SURNAME:
        return None
    after_comma = text[end - 1] == "," or text[close_end : close_end + 1] == ","
    if not after_comma and not (text[end - 1] == "." and match.group(3) == "."):
        return None
    return Found(
        Span(match.group(1), match.start(1), match.end(1)),
        Span(match.group(2), match.start(2), match.end(2)),
        "name",
        "cue-after",
    )
