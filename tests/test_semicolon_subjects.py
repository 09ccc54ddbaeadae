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
            "Pia Holm worked for Sven Ekman at the port; Ekman's motto was \"Count the ships, not the "
            'promises."',
            "Count the ships, not the promises.",
            None,
        ),
        (
            "Pia Holm worked for Sven Ekman at the port; the old man's motto was \"Count the ships, not "
            'the promises."',
            "Count the ships, not the promises.",
            None,
        ),
        (
            'Pia Holm rowed for the county at sixteen; her coach\'s verdict was "a natural at the oar."',
            "a natural at the oar.",
            None,
        ),
        # Verbs sharing the subject across semicolons, and a clause with its own cue, keep theirs.
        (
            "Ivo Rask was booed on stage; was denounced by the bishop; praised the old regime; and "
            'declared that torture "works every time."',
            "works every time.",
            "Ivo Rask",
        ),
        # A list after the semicolon has no subject or verb of its own.
        (
            'Ann Roe wants three things; a new bridge, a new school and "an end to the levy."',
            "an end to the levy.",
            "Ann Roe",
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
