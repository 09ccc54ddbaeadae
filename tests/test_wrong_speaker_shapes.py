"""Shapes that used to show a wrong speaker or a role instead of the person: clefts, passive agents,
possessive descriptions beside a name (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speaker(text: str) -> str | None:
    quotes = body(text)
    assert len(quotes) == 1
    return quotes[0].speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Rain fell. It was Orvell, not Pask, who said the levy was "a blunder."', "Orvell"),
        ('Rain fell. It was Orvell, and not Pask, who said the levy was "a blunder."', "Orvell"),
        ('Rain fell. It was Nia Orvell who first called the levy "a blunder for the valley."', "Nia Orvell"),
        ('Rain fell. It is Orvell who says the levy is "a blunder."', "Orvell"),
        ('Rain fell. It was not Pask but Orvell who said the levy was "a blunder."', "Orvell"),
        ('Rain fell. It was the warden, not the clerk, who said the levy was "a blunder."', "the warden"),
    ],
)
def test_the_focus_of_a_cleft_speaks_not_the_name_set_against_it(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Not a cleft: the relative clause belongs to the name right before it.
        ('Rain fell. It was Orvell who met Pask, who said the levy was "a blunder."', "Pask"),
        ('Rain fell. Pask, not Orvell, said the levy was "a blunder."', "Pask"),
        ('Rain fell. Not Orvell but Pask said the levy was "a blunder."', "Pask"),
    ],
)
def test_a_relative_or_contrast_outside_a_cleft_keeps_its_own_subject(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker
