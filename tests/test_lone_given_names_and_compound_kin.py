"""Mends of review33: a lone given name's `it` and the word before it, a second subject after a
semicolon or with a capital beyond ASCII, and compound kin. Invented names and sentences only."""

from __future__ import annotations

import pytest

from osceq.extract.lone_given_names import lone_given_name_gender
from osceq.extract.quote_right_after import quote_right_after
from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A person's `it` of a thing or a state, after the name, keeps the name a person's.
        (
            'A baker named Oskar opened at six. Oskar loves it there. "The rye sells first," he said.',
            ["Oskar"],
        ),
        (
            'A welder named Rosalind works nights. Rosalind says it is hard work. "I sleep at noon," she said.',
            ["Rosalind"],
        ),
        ('A miner named Teodor came up. Teodor hates it. "The dust stays," he said.', ["Teodor"]),
        # A reported clause's `it` doing something, or an `its`, stands for a firm or a place.
        ('Ann Lee spoke first. Georgette said it would reopen soon. "We are ready," she said.', ["Ann Lee"]),
        ('Ann Lee spoke first. Georgette said that its sales rose. "We are ready," she said.', ["Ann Lee"]),
        ('Ann Lee spoke first. Georgette raised its prices. "We are ready," she said.', ["Ann Lee"]),
        (
            'Ann Lee spoke first. Georgette said it was closing a plant. "We are ready," she said.',
            ["Ann Lee"],
        ),
    ],
)
def test_a_lone_given_names_it_and_title(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "name", "gender"),
    [
        # A title, a word of address or a kin word before the name is no firm's or place's first word.
        ("A cook named Oskar runs the stall. The children call him Uncle Oskar.", "Oskar", "m"),
        ("A cook named Rosalind runs the stall. Regulars know her as Chef Rosalind.", "Rosalind", "f"),
        ("A cook named Rosalind runs the stall. Dear Rosalind, the letter began.", "Rosalind", "f"),
        ("The eldest sister, Hilda, stayed. Grandma Hilda keeps the keys.", "Hilda", "f"),
        # Any other capitalised word before it still may be a firm's or a place's first word.
        ("A cook named Rosalind runs the stall. Tarnco Rosalind sells flour.", "Rosalind", None),
        ("A cook named Oskar runs the stall. Port Oskar lies north.", "Oskar", None),
    ],
)
def test_a_title_or_kin_word_before_a_lone_given_name(text: str, name: str, gender: str | None) -> None:
    assert lone_given_name_gender(text, name) == gender


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # Kin by marriage, remarriage or half blood are kin of their sex: the relative set off after
        # one is the he or she, and a sentence opening on one stands between the owner and the pronoun.
        (
            'Ivo Marsh runs the mill. Marsh\'s son-in-law, Sam, was arrested on Monday. "It is a mistake," he said.',
            ["Sam"],
        ),
        (
            'Ann Dorr runs the farm. Dorr\'s half-brother, Teodor, was held. "It is a mistake," he said.',
            ["Teodor"],
        ),
        (
            'Ivo Marsh runs the mill. Marsh\'s daughter-in-law, Greta, was held. "It is a mistake," she said.',
            ["Greta"],
        ),
        ('Ivo Marsh runs the mill. His brother-in-law voted no for years. "It is wrong," he said.', [None]),
        ('Ann Dorr runs the farm. Her stepsister voted no for years. "It is wrong," she said.', [None]),
        # Not the relative of the other sex.
        (
            'Ivo Marsh runs the mill. Marsh\'s son-in-law, Sam, was arrested on Monday. "It is a mistake," she said.',
            [None],
        ),
        # The owner still, with no relative between.
        ('Ivo Marsh runs the mill. The bank froze its loans. "It is a mistake," he said.', ["Ivo Marsh"]),
    ],
)
def test_compound_kin_are_kin_of_their_sex(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


def _right_after(text: str) -> bool:
    position, before = text.index("Another"), text.rindex(" he said") + 1
    return quote_right_after(text, position, before)


@pytest.mark.parametrize(
    ("text", "after"),
    [
        # A second clause's subject, after a joining word or a semicolon, may be the he.
        (
            'One said rents would rise. Another said Brevik might lose, but Łukasz Ostrow disagreed. "Too soon," he said.',
            False,
        ),
        (
            'One said rents would rise. Another said Brevik might lose, but Ørjan Hale disagreed. "Too soon," he said.',
            False,
        ),
        (
            'One said rents would rise. Another said Brevik might lose; Ivo Dunn disagreed. "Too soon," he said.',
            False,
        ),
        (
            'One said rents would rise. Another said Brevik might lose; the mayor was calm. "Too soon," he said.',
            False,
        ),
        # No second subject: the quotation is the other one's.
        ('One said rents would rise. Another said Brevik might lose. "It is a jumble," he said.', True),
        (
            'One said rents would rise. Another said Brevik might lose; it has debts. "It is a jumble," he said.',
            True,
        ),
        (
            'One said rents would rise. Another said Ørland might lose its mill. "Too soon," he said.',
            True,
        ),
    ],
)
def test_a_second_subject_after_another_said(text: str, after: bool) -> None:
    assert _right_after(text) is after
