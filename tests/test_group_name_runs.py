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
        # an acronym of four capitals or fewer opening the sentence is the group's, no dateline
        ('VELN Defence officials said the drill was "going ahead as planned."', ["VELN Defence officials"]),
        ('Rain fell. VELN Defence officials said "we will go."', ["VELN Defence officials"]),
        ('VEL Defence officials said the drill was "going ahead as planned."', ["VEL Defence officials"]),
        ('TK Port Authority officials said the drill was "going ahead."', ["TK Port Authority officials"]),
        (
            'VELN Security Council envoys said the drill was "going ahead as planned."',
            ["VELN Security Council envoys"],
        ),
        # a longer word in capitals still reads as a dateline
        ('PELBYTON Defence officials said the drill was "going ahead as planned."', ["Defence officials"]),
    ],
)
def test_an_acronym_opening_the_sentence_is_no_dateline(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in body(text)] == speakers
