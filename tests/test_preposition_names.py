"""An organisation named with a capitalised preposition inside (`Mothers Against Drunk Driving`):
shown whole, never the words after the preposition (invented sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Frost came. Mothers Against Drunk Driving said the law was "long overdue and welcome."',
            "Mothers Against Drunk Driving",
        ),
        (
            'Frost came. Lawyers For Justice said the law was "long overdue and welcome."',
            "Lawyers For Justice",
        ),
        ('Frost came. "The clinic is overwhelmed," Doctors Without Borders said.', "Doctors Without Borders"),
        ('Frost came. "The clinic is overwhelmed," Pilots Beyond Frontiers said.', "Pilots Beyond Frontiers"),
        (
            'Frost came. Doctors Without Borders said the clinic was "overwhelmed by the wounded."',
            "Doctors Without Borders",
        ),
        (
            'Frost came. Pilots Beyond Frontiers said on Monday the strip was "overwhelmed by the wounded."',
            "Pilots Beyond Frontiers",
        ),
        # An office with a capitalised preposition before a person: the person, as before.
        ('Frost came. Minister For Trade Ann Lee said the law was "long overdue and welcome."', "Ann Lee"),
        (
            'Frost came. Friends Of The Earth said the law was "long overdue and welcome."',
            "Friends Of The Earth",
        ),
    ],
)
def test_an_organisation_with_a_capitalised_preposition_is_one_name(text: str, speaker: str) -> None:
    assert [q.speaker for q in body(text)] == [speaker]
