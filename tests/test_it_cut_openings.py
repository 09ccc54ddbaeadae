"""An "it" that tags a quotation in the middle of its sentence: the words before the quotation
open that sentence and name no one, so the look for the "it" goes on back past them (invented
names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Harwick Audit Office said the county's true weakness was its pension bill.\n"
            "Local councillors have called for the car parks to be sold.\n"
            'Cutting the bill by sales alone "would buy one year. Then the gap would open again," it said.',
            "Harwick Audit Office",
        ),
        (
            "Tarnvale Mills Ltd said orders rose in May.\n"
            'Above all in the hotel trade, "demand is stronger than at any time since the war," '
            "it said.",
            "Tarnvale Mills Ltd",
        ),
    ],
)
def test_the_opening_cut_by_the_quotation_is_passed(text: str, speaker: str) -> None:
    assert [q.speaker for q in body(text)][-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The quotation closed its own sentence: "It" opens a new one, whose antecedent is the paper.
        (
            'The Tarn Herald branded the plan "shamelessly political." It said in a leader the plan '
            '"is bad for growth."',
            "Tarn Herald",
        ),
    ],
)
def test_a_sentence_closed_by_its_quotation_still_counts(text: str, speaker: str) -> None:
    assert [q.speaker for q in body(text)][-1] == speaker


def test_the_latest_body_before_the_cut_opening_is_the_it() -> None:
    text = (
        "Tarnvale Mills Ltd said orders rose in May.\nThe Ormsby Weavers Union said pay was too low.\n"
        'Above all in the hotel trade, "demand is weak," it said.'
    )
    assert [q.speaker for q in body(text)][-1] == "Ormsby Weavers Union"
