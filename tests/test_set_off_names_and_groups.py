"""Junk names and set-off lists found by the fix39b review: a set-off name never runs past its
sentence's end. Invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _found(text: str) -> list[tuple[str | None, str | None]]:
    return [(quote.speaker, quote.role) for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A name set off after a description ends at its full stop; the next sentence is no part of it.
        (
            '"It is a disaster," said Varrow\'s rival, Keith Marlowe. Ann Dunn, a voter, agreed.',
            [("Keith Marlowe", "Varrow's rival")],
        ),
        (
            "“It is a disaster,” said Varrow's rival, Keith Marlowe. Ann Dunn, a voter, agreed.",
            [("Keith Marlowe", "Varrow's rival")],
        ),
        (
            "'It is a disaster,' said Varrow's rival, Keith Marlowe. Ann Dunn, a voter, agreed.",
            [("Keith Marlowe", "Varrow's rival")],
        ),
        (
            '"It is a disaster," said a spokesman for the mayor, Keith Marlowe. Ann Dunn, a voter, agreed.',
            [("Keith Marlowe", "a spokesman for the mayor")],
        ),
        (
            '"It is a disaster," said her rival in the race, Keith Marlowe. Ann Dunn, a voter, agreed.',
            [("Keith Marlowe", "her rival")],
        ),
        (
            '"It is a disaster," said the head of sales at Kestrel Co, Keith Marlowe. Ann Dunn, a voter, agreed.',
            [("Keith Marlowe", "the head of sales")],
        ),
        (
            '"It is a disaster," said the mayor\'s rival, club captain Keith Marlowe. Ann Dunn, a voter, agreed.',
            [("Keith Marlowe", "the mayor's rival")],
        ),
        # Kept: initials, titles and `St.` inside a name.
        (
            '"It is a disaster," said the mayor\'s rival, J. R. Marlowe. Ann Dunn, a voter, agreed.',
            [("J. R. Marlowe", "the mayor's rival")],
        ),
        (
            '"It is a disaster," said Varrow\'s rival, St. John Marlowe. Ann Dunn, a voter, agreed.',
            [("St. John Marlowe", "Varrow's rival")],
        ),
        (
            '"It is a disaster," said the party\'s nominee, Dr. Ann Dunn.',
            [("Ann Dunn", "the party's nominee")],
        ),
    ],
)
def test_a_set_off_name_stops_at_its_sentence_end(
    text: str, found: list[tuple[str | None, str | None]]
) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # `people` is a plural as `sources` is: the phrase it heads speaks, not the name after it.
        (
            'The deal, people familiar with Tom Bell said, was "a done thing."',
            [("people familiar with Tom Bell", None)],
        ),
        (
            "The deal, people close to Tom Bell said, was “a done thing.”",
            [("people close to Tom Bell", None)],
        ),
        (
            "The deal, people familiar with the talks said, was 'a done thing.'",
            [("people familiar with the talks", None)],
        ),
        (
            '"It was a done thing," people familiar with Tom Bell said.',
            [("people familiar with Tom Bell", None)],
        ),
        # Kept: a name alone, and sources close to a name.
        (
            'The deal, sources familiar with Tom Bell said, was "a done thing."',
            [("sources familiar with Tom Bell", None)],
        ),
        ('The deal, Tom Bell said, was "a done thing."', [("Tom Bell", None)]),
    ],
)
def test_people_head_their_phrase(text: str, found: list[tuple[str | None, str | None]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A capitalised plural of people opening a sentence describes a group; it names nobody.
        ('Voters said it was "a done thing."', [("voters", None)]),
        ("“It is a done thing,” Voters said.", [("voters", None)]),
        ('People who voted for him said: "It is a done thing."', [("people", None)]),
        ("People close to Tom Bell said the deal was 'a done thing'.", [("people close to Tom Bell", None)]),
        ('Friends of Tom Bell said the deal was "a done thing."', [("friends of Tom Bell", None)]),
        ('"It is a disgrace," Parents said.', [("parents", None)]),
        # Kept: listed plurals, and a name.
        ('Residents said it was "a done thing."', [("residents", None)]),
        ('Tom Bell said it was "a done thing."', [("Tom Bell", None)]),
    ],
)
def test_capitalised_plurals_of_people_describe(
    text: str, found: list[tuple[str | None, str | None]]
) -> None:
    assert _found(text) == found
