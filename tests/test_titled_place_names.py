"""A title opening a place's name (`Prince Edward Island`) makes no titled person of the rest: the
place speaks, never "Edward Island" (invented names and sentences only)."""

from __future__ import annotations

import pytest

from osceq.extract.mentions import ORGANISATION, PERSON, parse_mention
from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ('Rain fell. Prince Edward Island said "we will go."', ["Prince Edward Island"]),
        ('Rain fell. "We will go," said Prince Edward Island.', ["Prince Edward Island"]),
        ('Rain fell. "We will go," said King George County.', ["King George County"]),
        # a titled person as before
        ('Rain fell. Prince Edward said "we will go."', ["Edward"]),
        ('Rain fell. Dr. Ann Hall said "we will go."', ["Ann Hall"]),
        ('Rain fell. King Tomas said "we will go."', ["Tomas"]),
        # a surname that is also a place's last word, behind a personal title (review41c finding 4)
        ('Mayor Ann Parish said the road would open. "We will go," she said.', ["Ann Parish"]),
        ('Rain fell. "We will go," said Dr. Tom Parish, who runs the clinic.', ["Tom Parish"]),
        ('Councillor Tom Parish opened the fair. Parish said "we will go."', ["Tom Parish"]),
        ('Rain fell. Dr. Ann Sound said "we will go."', ["Ann Sound"]),
        ('Rain fell. Sen. Tom Isle said "we will go."', ["Tom Isle"]),
        ('Rain fell. Mr. Tom Island said "we will go."', ["Tom Island"]),
    ],
)
def test_a_title_opening_a_place_s_name_makes_no_person(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in body(text)] == speakers


def test_the_place_is_read_whole() -> None:
    assert parse_mention("Prince Edward Island").kind == ORGANISATION
    assert parse_mention("Prince Edward").kind == PERSON
    assert parse_mention("Dr. Tom Parish").kind == PERSON
