"""A semicolon followed by a subject of its own (a capitalised word or a determiner) opens a new
clause: the sentence's first subject is no guess for a quotation beyond it, while a list of verbs
sharing that subject across semicolons keeps it (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> dict[str, str | None]:
    return {quote.text: quote.speaker for quote in body(text)}


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # A clause of its own after the semicolon: not the first subject's words.
        (
            "When Lena Orr was at law school, she studied under Tom Birk, the famed judge who exposed "
            "frauds during the boom; Birk's dictum to his clerks (repeated to me over the years) was, "
            '"It is not a good ruling if you do not lose sleep over it."',
            "It is not a good ruling if you do not lose sleep over it.",
            None,
        ),
        (
            'Lena Orr studied under Tom Birk; his motto was, "It is not a good ruling if you do not '
            'lose sleep over it."',
            "It is not a good ruling if you do not lose sleep over it.",
            None,
        ),
        # Verbs sharing the subject across semicolons, and a clause with its own cue, keep theirs.
        (
            "Ivo Rask was booed on stage; was denounced by the bishop; praised the old regime; and "
            'declared that torture "works every time."',
            "works every time.",
            "Ivo Rask",
        ),
        (
            'Lena Orr spoke first; she called the plan "a gift to the towns."',
            "a gift to the towns.",
            "Lena Orr",
        ),
    ],
)
def test_a_semicolon_with_its_own_subject_ends_the_first_subjects_reach(
    text: str, words: str, speaker: str | None
) -> None:
    assert _speakers(text).get(words) == speaker
