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
