"""A body named 'X of Y' before its officer's role and name: the officer speaks, never a person
called by the body's first word (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Ferry fares went up again. "Nobody asked the islanders," Confederation of Tarnish Hauliers '
            "President Orvel Sa Danmark said.",
            "Orvel Sa Danmark",
        ),
        (
            '"Nobody asked," Confederation of Tarnish Hauliers president Orvel da Silva Danmark said.',
            "Orvel da Silva Danmark",
        ),
        (
            'Ferry fares went up. "Nobody asked the islanders," Confederation of Tarnish Hauliers '
            "President Orvel Danmark said.",
            "Orvel Danmark",
        ),
        (
            'Ferry fares went up again. "Nobody asked the islanders," Confederation of Tarnish Hauliers '
            "(CTH) president Orvel Danmark said.",
            "Orvel Danmark",
        ),
    ],
)
def test_officer_of_a_body_named_x_of_y_speaks(text: str, speaker: str) -> None:
    assert [q.speaker for q in body(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        'The council called the levy "a tax on the poor," a charge Orla Brennick said was unfair.',
        'The council called the levy "a tax on the poor," a charge Orla Brennick said on Monday was unfair.',
    ],
)
def test_thing_before_a_name_and_said_opens_a_clause_of_its_own(text: str) -> None:
    # The writer's noun before the name is the subject of the clause after "said": no tag.
    assert [(q.speaker, q.evidence) for q in body(text)] == [("the council", "cue-before")]
