"""The later clause's named subject (later_name_subjects) is withdrawn: these sentences read as
before it, the opening subject or nobody, never the later name. Invented sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body

_FRAGMENT = '"wake up and smell the coffee."'


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # An aside inside the main clause: the opening subject speaks.
        (
            f"Tom Orrin wants voters, though Ann Vell has disagreed with him for years on this, to {_FRAGMENT}",
            ["Tom Orrin"],
        ),
        # The later name is the object of a verb whose object speaks: the woman, not the man.
        (f"Ann Vell took the stage, and Tom Orrin watched her urge voters to {_FRAGMENT}", ["Ann Vell"]),
        # A team is no person.
        (f"Tom Orrin signed an order, while Charlotte Hornets wanted us to {_FRAGMENT}", ["Tom Orrin"]),
        # A she of the later clause is never the man who opens the sentence.
        (
            "Tom Orrin hired Ann Vell last year, and she hopes that while Goldman Sachs wanted more the "
            f"board will {_FRAGMENT}",
            [None],
        ),
    ],
)
def test_later_name_withdrawn(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in body(text)] == speakers
