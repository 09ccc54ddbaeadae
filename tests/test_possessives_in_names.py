"""A capitalised possessive inside a group's name (`Save Our Harbor`, `Protect Your Vote`) does not
cut the name: `A spokesman for Save Our Harbor, Len Aske, said` is Len Aske's, not "Harbor"'s.
Invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # The group's whole name: the description and the person named after it speak.
        (
            'A spokesman for Save Our Harbor, Len Aske, said the group had "followed every rule" and that '
            'the firm had built what he called "a wall between clients."',
            ["Len Aske", "Len Aske"],
        ),
        # (a spokeswoman's run keeps to the description, as it does after any group's name, not "Coast")
        ('A spokeswoman for Restore Our Coast, Ida Marsh, said the law was "a mess."', ["a spokeswoman"]),
        (
            'A spokesman for Save Our Harbor said the group had "followed every rule."',
            ["a spokesman for Save Our Harbor"],
        ),
        # Not changed: a name without a possessive inside, the person before the group.
        ('A spokesman for Harbor Watch, Len Aske, said the group had "followed every rule."', ["Len Aske"]),
        ('Len Aske of Save Our Harbor said the plan was "reckless."', ["Len Aske"]),
    ],
)
def test_a_possessive_inside_a_name_keeps_it_whole(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers
