"""A short partial after a naming verb whose subject is a person (`A spokesman for Brill, Ned Farrow,
called that claim "nonsense"`, `called that "simply false"`): the object between the verb and the
quote (`that claim`, `that`, `the report a`) makes the verb active, so the subject speaks; so it
does when the subject is a person of no trade or office (`a woman in a green coat called the mayor a
"liar"`). Invented names and sentences only."""

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


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Once, after a woman in a green coat called the mayor a "liar," a deputy walked over and stood '
            "beside her.",
            "a woman",
        ),
        ('At the back a man in a red cap called the plan a "swindle."', "a man"),
        # A person noun of a trade or an office, or a name: as before.
        ('Once, after an aide called the mayor a "liar," a deputy walked over.', "an aide"),
        ('Once, after Ann Lee called the mayor a "liar," a deputy walked over.', "Ann Lee"),
    ],
)
def test_plain_person_calls(text: str, speaker: str) -> None:
    assert [q.speaker for q in body(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # A plain person giving a pet, a boat or a place its name says nothing.
        'A friend called the dog "Rex."',
        'A woman called the boat "Lucky Star."',
        'A friend called the farm "Eden."',
    ],
)
def test_plain_person_names_no_speech(text: str) -> None:
    assert [q.speaker for q in body(text)] in ([], [None])
