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
        (
            'Rain fell. Prince Orwin Channel said "the ferry will sail on Monday."',
            "Prince Orwin Channel",
            None,
        ),
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
        # a head that is often a surname ends no place after a royal title: the royal speaks
        (
            '"We must act," said Prince Ivo Hall, the heir to the throne of Pelbia.',
            "Ivo Hall",
            "the heir to the throne of Pelbia",
        ),
        ('"I love this land," said King Olam Land. He spoke from the throne.', "Olam Land", "King"),
        ('Rain fell. Princess Ilsa Park said "the gates will reopen on Monday."', "Ilsa Park", "Princess"),
        ('Rain fell. Prince Orwin Bay said "the harbour will reopen on Monday."', "Orwin Bay", "Prince"),
    ],
)
def test_a_place_named_after_a_royal_is_one_name(text: str, speaker: str, role: str | None) -> None:
    quotes = body(text)
    assert [(q.speaker, q.role) for q in quotes] == [(speaker, role)]
