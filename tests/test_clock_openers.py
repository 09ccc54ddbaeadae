"""A clock time opening a sentence with no comma (`At 9:45 she posted …`, `By 11 a.m. he had …`) is
no subject: the subject is the he, she or noun phrase after it. Invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            'Ruth Carney woke early. At 6:15 she sent a note calling the audit "a hit job."',
            ["Ruth Carney"],
        ),
        (
            'Ivo Marsh kept at it. At 11:40 he shared a clip calling the levy "theft, plain and simple."',
            ["Ivo Marsh"],
        ),
        (
            "Ola Brandt was in Tarn all day. By 9 a.m. she had sent a letter describing the bill as "
            '"cruel to farmers."',
            ["Ola Brandt"],
        ),
        # Without a clock time the sentence reads as before.
        ('Ruth Carney woke early. She sent a note calling the audit "a hit job."', ["Ruth Carney"]),
        ('At 6:15 Ruth Carney said the audit was "a hit job."', ["Ruth Carney"]),
        # Other clock forms: a word, `o'clock`, an hour run into `pm`.
        ('Ida Voss waited. At noon she sent a note calling the ruling "a gift to the banks."', ["Ida Voss"]),
        (
            'Hal Quist waited. At 9 o\'clock he sent a note calling the ruling "a gift to the banks."',
            ["Hal Quist"],
        ),
        (
            'Ida Voss waited. By 10pm she had sent a note calling the ruling "a gift to the banks."',
            ["Ida Voss"],
        ),
        # A bare number after the preposition is a count, never an hour: the words are the subject's.
        (
            'Before 2 Tarn officials resigned, Tom Bell sent a note calling the vote "a disgrace."',
            ["Tom Bell"],
        ),
        (
            'After 3 Republicans defected, Ann Lee sent a note calling the bill "dead on arrival."',
            ["Ann Lee"],
        ),
        ('By 40 votes the Senate backed what Ida Voss called "a reckless plan."', ["Ida Voss"]),
    ],
)
def test_clock_opener(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers
