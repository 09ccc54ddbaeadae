"""A name set off by commas inside an opening subordinate clause (`When the welder, Rufus Bell,
asked …, she told him …`): the clause, and its reporting verb, end at the comma after its own verb,
so the main clause's subject speaks. Invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # The asker set off by name inside the `When …` clause asks; the main clause's subject answers.
        (
            "Mayor Ann Tilden took questions for an hour. When the welder, Rufus Bell, 58, asked about "
            'the plant, she told him she would "look into it personally."',
            ["Ann Tilden"],
        ),
        (
            'When a reporter, Jo Pratt, asked about the deficit, Governor Emil Stroh said it was "under control."',
            ["Emil Stroh"],
        ),
        (
            "Because his rival, Tad Ormsby, had said the same thing, Senator Ruth Kell called the charge "
            '"recycled."',
            ["Ruth Kell"],
        ),
        # Not changed: an opening phrase without a clause verb, a name first, no apposition, a verbless
        # `While in …` phrase, the clause's verb before the first comma.
        ('After the vote, Senator Ann Lee, a Civic member, said the bill was "a disgrace."', ["Ann Lee"]),
        (
            "Mayor Ann Tilden took questions for an hour. When the welder asked about the plant, she told "
            'him she would "look into it personally."',
            ["Ann Tilden"],
        ),
        ('While in office, Senator Ann Lee, 58, called the bill "a disgrace."', ["Ann Lee"]),
        ('If the governor signs it, Senator Ruth Kell said, "we will sue."', ["Ruth Kell"]),
        (
            'While his aide, Carl Moss, handed out copies, Senator Ruth Kell said it was "dead."',
            ["Ruth Kell"],
        ),
    ],
)
def test_a_name_apposed_in_an_opening_clause_stays_in_it(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers
