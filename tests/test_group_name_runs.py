"""The capitalised name before a group's plural is read whole (`Wall Street critics said`, `New
Harbour officials said`), never its last word alone as a junk speaker (invented names and sentences
only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ('Rain fell. New Harbour officials said "we will go."', ["New Harbour officials"]),
        ('Rain fell. Prince Edward Island officials said "we will go."', ["Prince Edward Island officials"]),
        (
            'Rain fell. Some Tarn Street critics said the plan was "a mistake from start to end."',
            ["Tarn Street critics"],
        ),
        ('Rain fell. Finance Ministry sources said "we will go."', ["Finance Ministry sources"]),
        # a word that opens the clause is no part of the name
        ('Rain fell. But Kestrel Bay officials said "we will go."', ["Kestrel Bay officials"]),
        ('Rain fell. On Monday Tarn officials said "we will go."', ["Tarn officials"]),
        ('Rain fell. Adams supporters said "we will go."', ["Adams supporters"]),
        # a dateline in capitals or a place after in/at opens no group's name (review41c finding 7)
        ('PELBY Labour Party sources said the vote was "a disaster for us."', ["Labour Party sources"]),
        ('NEW PELBY Labour Party sources said the vote was "a disaster for us."', ["Labour Party sources"]),
        ('In Pelby Ann Lee critics said the plan was "a mistake from start to end."', ["Ann Lee critics"]),
        ('Rain fell. In New Pelby Ann Lee critics said the plan was "a mistake."', ["Ann Lee critics"]),
        ('Rain fell. In Tarn officials said "we will go."', ["officials"]),
        ('Rain fell. At Kestrel Bay officials said "we will go."', ["officials"]),
        # an acronym before the plural is the group's name
        ('Rain fell. KWU officials said "we will go."', ["KWU officials"]),
    ],
)
def test_the_name_before_a_group_is_read_whole(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in body(text)] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a word in capitals opening the sentence before a name is read as a dateline, however short
        # (a city of four letters is written so as often as an acronym): the name after it speaks
        (
            'PELK Christian Democrat sources said on Monday: "The coalition will hold."',
            ["Christian Democrat sources"],
        ),
        ('TARN Government officials said: "The curfew stays in force tonight."', ["Government officials"]),
        ('PELBYTON Defence officials said the drill was "going ahead as planned."', ["Defence officials"]),
        # two capitals, or a council's name read whole, as before
        ('TK Port Authority officials said the drill was "going ahead."', ["TK Port Authority officials"]),
        (
            'VELN Security Council envoys said the drill was "going ahead as planned."',
            ["VELN Security Council envoys"],
        ),
    ],
)
def test_a_word_in_capitals_opening_the_sentence_is_a_dateline(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in body(text)] == speakers
