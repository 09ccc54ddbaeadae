"""A name set off by commas inside an opening subordinate clause (`When a father, Nils Oberg,
asked …, she assured him …`): the clause, and its reporting verb, end at the comma after its own verb,
so the main clause's subject speaks. Invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # The one set off by name inside the `When …` clause asks; the main clause's subject answers.
        (
            "Principal Ama Korsah met parents in the gym. When a father, Nils Oberg, 44, asked about the "
            'bus cuts, she assured him the routes would be "back by spring."',
            ["Ama Korsah"],
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
            "Principal Ama Korsah met parents in the gym. When a father asked about the bus cuts, she "
            'assured him the routes would be "back by spring."',
            ["Ama Korsah"],
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
