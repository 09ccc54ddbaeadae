"""A place or a building named after a royal (`King Ulvar Sound`, `Queen Tessa Hospital`) is one
name that speaks, never a king's or a queen's name cut after the title (invented names only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ('King Ulvar Sound said "the harbour will reopen on Monday."', "King Ulvar Sound", None),
        (
            'Rain fell. Queen Tessa Hospital said "the ward will reopen on Monday."',
            "Queen Tessa Hospital",
            None,
        ),
        ('Rain fell. Prince Orwin Bay said "the harbour will reopen on Monday."', "Prince Orwin Bay", None),
        (
            'Rain fell. Princess Ilsa Park Trust said "the gates will reopen."',
            "Princess Ilsa Park Trust",
            None,
        ),
        # a royal with a given name, or a title before a person's full name, stays a person
        ('Rain fell. King Ulvar said "the harbour will reopen on Monday."', "Ulvar", "King"),
        ('Rain fell. King Ulvar Denholm said "the harbour will reopen."', "Ulvar Denholm", "King"),
        ('Rain fell. Mayor Tessa Park said "the harbour will reopen on Monday."', "Tessa Park", "Mayor"),
        ('Rain fell. Senator Orwin Bay said "the harbour will reopen on Monday."', "Orwin Bay", "Senator"),
    ],
)
def test_a_place_named_after_a_royal_is_one_name(text: str, speaker: str, role: str | None) -> None:
    quotes = body(text)
    assert [(q.speaker, q.role) for q in quotes] == [(speaker, role)]
