"""A relative set off by name after a his/her (`His son, Emil, remains defiant.`), of the sex of the
he/she tagging the next quote and the subject of an active verb of stance or speech: the relative goes
on, not the possessor (invented names only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Ivo Marsh was jailed. His son, Emil, remains defiant. "We will appeal," he said.', "Emil"),
        ('Ivo Marsh was jailed. His son, Emil, 24, was blunt. "We will appeal," he said.', "Emil"),
        ('Ivo Marsh was jailed. His son, Emil, disagreed. "It was a fair trial," he said.', "Emil"),
        (
            'Ivo Marsh was jailed. His son, Emil, still insists he is innocent. "We will appeal," he said.',
            "Emil",
        ),
        ('Ada Lund won. Her mother, Joan, put it simply. "She never gives up," she said.', "Joan"),
        # A relative of the other sex, or no relative: the possessor goes on as before.
        ('Ivo Marsh was jailed. His daughter, Ada, remains defiant. "We will appeal," he said.', "Ivo Marsh"),
        ('Ivo Marsh lost. His rival, Tom Fell, won easily. "I wish him well," he said.', "Ivo Marsh"),
        ('Ada Lund won. Her son, Emil, cheered. "I am proud of him," she said.', "Ada Lund"),
        # A relative passive, dead, away, in a state or joined with another takes no stance: the
        # possessor goes on as before.
        (
            'Ada Lund wept. Her daughter, Mia, was killed in the attack. "I want justice," she said.',
            "Ada Lund",
        ),
        (
            'Ivo Marsh lost the vote. His father, Karl, died last year. "I wish he were here," he said.',
            "Ivo Marsh",
        ),
        (
            'Ivo Marsh lost. His late father, Karl, insisted on honesty. "I wish he were here," he said.',
            "Ivo Marsh",
        ),
        ('Ivo Marsh runs the farm. His brother, Tom, is abroad. "I run it alone," he said.', "Ivo Marsh"),
        ('Ada Lund was jailed. Her sister, Mia, lives in Oslo. "I miss her," she said.', "Ada Lund"),
        ('Ivo Marsh was jailed. His son, Emil, was arrested too. "We will appeal," he said.', "Ivo Marsh"),
        ('Ivo Marsh was jailed. His son, Emil, wept in court. "It is a travesty," he said.', "Ivo Marsh"),
        (
            'Ivo Marsh was jailed. His brother, Tom Marsh, stayed calm. "We will appeal," he said.',
            "Ivo Marsh",
        ),
        (
            'Ivo Marsh was jailed. His son, Emil, and his lawyer remain defiant. "We will appeal," he said.',
            "Ivo Marsh",
        ),
        (
            'Ivo Marsh was jailed. His son, Emil, with his lawyer, remains defiant. "We will appeal," he said.',
            "Ivo Marsh",
        ),
    ],
)
def test_a_relative_of_the_pronouns_sex_goes_on(text: str, speaker: str) -> None:
    assert [q.speaker for q in body(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Ivo Marsh was jailed. His lawyer remains defiant. "We will appeal," he said.', None),
        ('Ada Lund was jailed. Her attorney remains defiant. "We will appeal," she said.', None),
        ('Ivo Marsh was jailed. His agent still insists he is innocent. "We will appeal," he said.', None),
        ('Ivo Marsh was jailed. His spokesman was unmoved. "We will appeal," he said.', "his spokesman"),
        # One of the other sex, or no person: the owner goes on.
        ('Ivo Marsh was jailed. His spokeswoman declined to comment. "I am innocent," he said.', "Ivo Marsh"),
        ('Ivo Marsh was jailed. His family remains defiant. "We will appeal," he said.', "Ivo Marsh"),
        # No stance or speech of the one who speaks for the owner, or words only the owner may say:
        # the owner goes on as before.
        ('Ada Lund was jailed. Her attorney remains calm. "We will appeal," she said.', "Ada Lund"),
        ('Ivo Marsh won the race. His agent was delighted. "I trained hard," he said.', "Ivo Marsh"),
        ('Ivo Marsh was jailed. His aide quit the same day. "I am innocent," he said.', "Ivo Marsh"),
        ('Ivo Marsh was jailed. His agent confirmed the news. "I am innocent," he said.', "Ivo Marsh"),
        ('Ivo Marsh was jailed. His lawyer remains defiant. "I am innocent," he said.', "Ivo Marsh"),
        ('Ivo Marsh was jailed. His lawyer said he would appeal. "We will win," he said.', "his lawyer"),
    ],
)
def test_one_who_speaks_for_the_owner_may_be_the_he_or_she(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in body(text)] == [speaker]
