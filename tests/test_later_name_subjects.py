"""A person named as the subject of a later clause, nearer a quoted fragment than the sentence's
subject, speaks the fragment; the opening subject, another person, never does. Invented sentences
only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body

_FRAGMENT = '"wake up and smell the coffee."'


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (f"Bo Park signed an order, while Ann Vell proposed we {_FRAGMENT}", ["Ann Vell"]),
        (
            f"Bo Park signed an order, while Ann Vell, the former governor, proposed we {_FRAGMENT}",
            ["Ann Vell"],
        ),
        (f"Bo Park signed an order, but Ann Vell wants voters to {_FRAGMENT}", ["Ann Vell"]),
        (f"Bo Park signed an order on Monday and Ann Vell wants voters to {_FRAGMENT}", ["Ann Vell"]),
        (f"Bo Park signed an order and Ann Vell wants voters to {_FRAGMENT}", ["Ann Vell"]),
        # One subject, or no later clause of a person: the opening subject as before.
        (f"Bo Park signed an order, while Dover Council wants voters to {_FRAGMENT}", ["Bo Park"]),
        (f"Bo Park, who ran the Harbour Hotel and Casino in Dover, wants voters to {_FRAGMENT}", ["Bo Park"]),
        (f"Bo Park signed an order, while his aides want voters to {_FRAGMENT}", ["Bo Park"]),
    ],
)
def test_later_clause_names(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in body(text)] == speakers
