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
