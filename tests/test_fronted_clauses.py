"""A clause fronted with no comma (`When three Rovers defected Ann Vell said "…"`): its subject is
never the speaker of the main clause's verb or participle (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ('When 3 Rovers defected Ann Vell said "this is not over by any means."', ["Ann Vell"]),
        ('After the Rovers defected Ann Vell said "this is not over by any means."', ["Ann Vell"]),
        ('Rain fell. Once Tarnco collapsed Ivo Marsh told us "we lost everything."', ["Ivo Marsh"]),
        # a word in -ed before a name with no capital subject before it is a role, as before
        ('Rain fell. The exiled Ann Vell said "this is not over by any means."', ["Ann Vell"]),
        ('Rain fell. The newly elected mayor Ann Vell said "this is not over."', ["Ann Vell"]),
        ('Rain fell. Retired judge Ann Vell said "this is not over."', ["Ann Vell"]),
        ('Rain fell. When asked, jailed activist Ann Vell said "this is not over."', ["Ann Vell"]),
    ],
)
def test_a_fronted_clause_verb_ends_its_subject_before_the_name(
    text: str, speakers: list[str | None]
) -> None:
    assert [q.speaker for q in body(text)] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a participle after the main clause is the main clause's subject's, not the fronted clause's
        (
            'After 3 Rovers defected Ann Vell sent the bill back, saying "this is not over by any means."',
            ["Ann Vell"],
        ),
        (
            'Rain fell. After the Rovers defected Ann Vell sent the bill back, saying "this is not over by any means."',
            ["Ann Vell"],
        ),
        (
            'Because Tarnco collapsed Ivo Marsh closed the shop, saying "we lost everything we had worked for in thirty years."',
            ["Ivo Marsh"],
        ),
        (
            'Rain fell. Before 3 Rovers quit Ann Vell sent the bill back, saying "this is not over by any means."',
            ["Ann Vell"],
        ),
        ('Rain fell. When 3 Rovers left Ann Vell said "this is not over by any means."', ["Ann Vell"]),
        # with a comma the main clause's subject speaks, as before
        (
            'After 3 Rovers defected, Ann Vell sent the bill back, saying "this is not over by any means."',
            ["Ann Vell"],
        ),
        # a clause whose verb takes a name as its object keeps its own subject, as before
        (
            'Ann Vell spoke on even as protesters interrupted Ivo Marsh, shouting "go home now, all of you."',
            ["protesters"],
        ),
    ],
)
def test_a_participle_after_the_main_clause_is_not_the_fronted_clauses(
    text: str, speakers: list[str | None]
) -> None:
    assert [q.speaker for q in body(text)] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # the clause's object runs into the main subject: where it ends is not certain, so nobody
        ('When the Senate confirmed Ann Vell Rovers cheered, saying "she is ready for the job."', [None]),
        ('Rain fell. After the board fired Ivo Marsh Ann Vell resigned, saying "I will not stay."', [None]),
        ('When Tarnco acquired Pelbank Ann Vell said "we are stronger together than apart."', [None]),
        ('Rain fell. When Tarnco acquired Pelbank Vell said "we are stronger together than apart."', [None]),
        # one name between the verbs (past its title), or a comma after the clause: the main subject
        (
            'After Pelby defeated Ann Vell conceded, saying "the voters have spoken, and I accept it."',
            ["Ann Vell"],
        ),
        (
            'After 3 Rovers defected Senator Ann Vell sent the bill back, saying "this is not over."',
            ["Ann Vell"],
        ),
        ('When Tarnco acquired Pelbank, Ann Vell said "we are stronger together than apart."', ["Ann Vell"]),
        ('Rain fell. When Pelby opposed Vell said "we will work together on this."', ["Vell"]),
    ],
)
def test_a_clause_object_run_into_the_main_subject_gives_nobody(
    text: str, speakers: list[str | None]
) -> None:
    assert [q.speaker for q in body(text)] == speakers
