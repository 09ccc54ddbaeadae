"""A short partial after a naming verb whose subject is a person (`A spokesman for Brill, Ned Farrow,
called that claim "nonsense"`, `called that "simply false"`): the object between the verb and the
quote (`that claim`, `that`, `the report a`) makes the verb active, so the subject speaks. Invented names and
sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'A spokesman for Brill, Ned Farrow, called that claim "nonsense" and said the governor had '
            "offered a stopgap bill.",
            "Ned Farrow",
        ),
        (
            'A Hale campaign adviser, Mia Corr, called that "simply false" and said the notice went out on '
            "Wednesday.",
            "Mia Corr",
        ),
        # The quoted name's own article after the object (`called the report a "…"`).
        ('A spokesman called the report a "hatchet job."', "a spokesman"),
        # A name for subject: as before.
        ('Mia Corr called that "simply false" and said the notice went out on Wednesday.', "Mia Corr"),
    ],
)
def test_called_fragment_speaker(text: str, speaker: str) -> None:
    assert [q.speaker for q in body(text)] == [speaker]


def test_thing_called_a_name_is_no_quote() -> None:
    assert body('Ann Lee runs a group called the "Ninth Street Irregulars."') == []
