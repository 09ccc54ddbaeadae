"""Pieces of a fronted opening read as the sentence's subject: a time phrase carried on by a clause of
`when` or `as` (`Six years ago, when …, Senator Ray Dunmore … said`), where the subject follows the
clause's comma, not the time's number word. Invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Six years ago, when the governor vetoed a school bill, Senator Ray Dunmore of Westfield stood "
            'in the chamber and said the veto was "a slap in the face to every teacher."',
            "Ray Dunmore",
        ),
        (
            "Nine years ago, when a council of the neighbouring county sent a plan for the old mill to the "
            "state board in the last week of a budget year, Mayor Ann Kowalski stood up and said the plan "
            'was "a theft carried out in broad daylight by people who should know better."',
            "Ann Kowalski",
        ),
        # A time phrase with no clause after it, as before.
        (
            'Six years ago, Senator Ray Dunmore stood in the chamber and said the veto was "a slap in the '
            'face to every teacher."',
            "Ray Dunmore",
        ),
    ],
)
def test_subject_after_time_and_clause(text: str, speaker: str) -> None:
    assert [q.speaker for q in body(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # The clause's comma leads to a pronoun: he or she, never the number word.
        'Years ago, when the plant closed, she stood at the gate and said it was "a betrayal of everyone '
        'who ever worked there."',
    ],
)
def test_no_number_word_for_subject(text: str) -> None:
    assert [q.mention.text for q in body(text) if q.mention] in ([], ["she"])
