"""Words a restrictive who-clause says others called something (`fishermen who called the gale
"the Long Night"`) are theirs, not the tag's speaker's: invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(quote.text, quote.speaker) for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            'Asked whether he sided with fishermen who called the gale "the Long Night," Oskar Delmont told '
            'reporters at the quay: "The boats stay in until Friday."',
            [("The boats stay in until Friday.", "Oskar Delmont")],
        ),
        (
            'Ona Pell said she agreed with traders who dubbed the slump "a wake-up call for the whole market."',
            [("a wake-up call for the whole market.", None)],
        ),
        # A name's own aside, set off by its comma, keeps the words the name's.
        ('Ona Pell, who called the plan "a farce," said she would vote no.', [("a farce,", "Ona Pell")]),
        (
            'Traders called the slump "Grey Friday," and Ona Pell said: "Markets have changed."',
            [("Grey Friday,", "traders"), ("Markets have changed.", "Ona Pell")],
        ),
    ],
)
def test_a_label_a_who_clause_gives_others_is_not_the_tags(
    text: str, quotes: list[tuple[str, str | None]]
) -> None:
    assert _quotes(text) == quotes
