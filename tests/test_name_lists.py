"""Lists of names as speakers, found by the fix41b review: all the people of a list speak, so the
list is shown whole, never its first or its last two alone. Invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _found(text: str) -> list[tuple[str | None, str | None]]:
    return [(quote.speaker, quote.role) for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A list of full names before the verb, joined whole as two names joined by "and" are.
        (
            'Keith Marlowe, Ann Dunn and Bo Park said they were "wholly reckless."',
            [("Keith Marlowe, Ann Dunn and Bo Park", None)],
        ),
        (
            "Keith Marlowe, Ann Dunn, Cy Roe and Bo Park said they were “wholly reckless.”",
            [("Keith Marlowe, Ann Dunn, Cy Roe and Bo Park", None)],
        ),
        (
            'Keith Marlowe, Ann Dunn, and Bo Park said they were "wholly reckless."',
            [("Keith Marlowe, Ann Dunn, and Bo Park", None)],
        ),
        (
            "Keith Marlowe, Ann Dunn & Bo Park said they were “wholly reckless.”",
            [("Keith Marlowe, Ann Dunn & Bo Park", None)],
        ),
        (
            'Ann Dunn & Bo Park said they were "wholly reckless."',
            [("Ann Dunn & Bo Park", None)],
        ),
        (
            'Senator Keith Marlowe, Mayor Ann Dunn and Judge Bo Park said they were "wholly reckless."',
            [("Senator Keith Marlowe, Mayor Ann Dunn and Judge Bo Park", None)],
        ),
        # After the verb, closing the sentence.
        (
            '"We will fight on," said Keith Marlowe, Ann Dunn and Bo Park.',
            [("Keith Marlowe, Ann Dunn and Bo Park", None)],
        ),
        (
            "“We will fight on,” said Keith Marlowe, Ann Dunn, Cy Roe and Bo Park.",
            [("Keith Marlowe, Ann Dunn, Cy Roe and Bo Park", None)],
        ),
        (
            '"We will fight on," said Keith Marlowe, Ann Dunn & Bo Park.',
            [("Keith Marlowe, Ann Dunn & Bo Park", None)],
        ),
        # Kept: two names, a place or a role before the names, a role set off after one name.
        ('Ann Dunn and Bo Park said they were "wholly reckless."', [("Ann Dunn and Bo Park", None)]),
        ('"We will fight on," said Ann Dunn and Bo Park.', [("Ann Dunn and Bo Park", None)]),
        (
            'In Tarnby, Ann Dunn and Bo Park said they were "wholly reckless."',
            [("Ann Dunn and Bo Park", None)],
        ),
        (
            '"We will fight on," said Keith Marlowe, the mayor of Tarnby.',
            [("Keith Marlowe", "the mayor of Tarnby")],
        ),
        (
            'Keith Marlowe, the mayor of Tarnby, said "we will fight on."',
            [("Keith Marlowe", "the mayor of Tarnby")],
        ),
        # Kept: a name that is the object of an opening phrase, capitalised roles after one name.
        (
            'After meeting Keith Marlowe, Ann Dunn and Bo Park said they were "wholly reckless."',
            [("Ann Dunn and Bo Park", None)],
        ),
        ('"We will fight on," said Keith Marlowe, Chairman and Chief Executive.', [("Keith Marlowe", None)]),
    ],
)
def test_lists_of_names_speak_together(text: str, found: list[tuple[str | None, str | None]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # After `Jr.` or `Sr.`, a capitalised pronoun or sentence opener starts a new sentence: no
        # name or role runs on into it.
        (
            '"We will fight on," said Haldane\'s rival, Keith Marlowe Jr. He left.',
            [("Haldane's rival", None)],
        ),
        (
            "“We will fight on,” said Haldane's rival, Keith Marlowe Sr. The race ended.",
            [("Haldane's rival", None)],
        ),
        ('"We will fight on," said Keith Marlowe Jr. He left.', [("Keith Marlowe Jr.", None)]),
        (
            "“We will fight on,” said Keith Marlowe Sr. However, the race ended.",
            [("Keith Marlowe Sr.", None)],
        ),
        # Kept: a suffix closing the text, and one before a set-off role.
        ('"We will fight on," said Keith Marlowe Jr.', [("Keith Marlowe Jr.", None)]),
        ('Keith Marlowe Jr. said the plan was "wholly reckless."', [("Keith Marlowe Jr.", None)]),
    ],
)
def test_a_role_never_crosses_a_sentence_end_after_a_suffix(
    text: str, found: list[tuple[str | None, str | None]]
) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A list of names set off after a plural description is the group: never its first alone.
        (
            'Haldane\'s opponents in the race, Keith Marlowe, Ann Dunn and Bo Park, said they were "wholly reckless."',
            [("Keith Marlowe, Ann Dunn and Bo Park", None)],
        ),
        (
            "Three senators, Keith Marlowe, Ann Dunn and Bo Park, said they were “wholly reckless.”",
            [("Keith Marlowe, Ann Dunn and Bo Park", None)],
        ),
        (
            '"We will fight on," said Haldane\'s opponents in the race, Keith Marlowe, Ann Dunn and Bo Park.',
            [("Haldane's opponents", None)],
        ),
        # Kept: one name or two set off after a description.
        (
            'Haldane\'s rival, Keith Marlowe, said he was "wholly reckless."',
            [("Keith Marlowe", "Haldane's rival")],
        ),
        (
            '"We will fight on," said Haldane\'s rival, Keith Marlowe, a lawyer.',
            [("Keith Marlowe", "Haldane's rival")],
        ),
        (
            'Haldane\'s opponents, Keith Marlowe and Bo Park, said they were "wholly reckless."',
            [("Haldane's opponents", None)],
        ),
    ],
)
def test_a_list_set_off_after_a_description_is_the_group(
    text: str, found: list[tuple[str | None, str | None]]
) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "Both" before two speakers: both speak, shown without "both", never one of them alone.
        (
            'Both Alice Moor and her rival, Jane Tull, said they were "wholly reckless."',
            [("Alice Moor and her rival", None)],
        ),
        (
            "Both the mayor and the governor said they were “wholly reckless.”",
            [("the mayor and the governor", None)],
        ),
        (
            '"We will fight on," said both Alice Moor and her rival, Jane Tull.',
            [("Alice Moor and her rival", None)],
        ),
        ('"We will fight on," said both Alice Moor and her rival.', [("Alice Moor and her rival", None)]),
        ("“We will fight on,” said both the mayor and the governor.", [("the mayor and the governor", None)]),
        ('"We will fight on," said both Alice Moor and Jane Tull.', [("Alice Moor and Jane Tull", None)]),
        # Kept: the same without "both", and one name set off after a role.
        (
            'Both Alice Moor and Jane Tull said they were "wholly reckless."',
            [("Alice Moor and Jane Tull", None)],
        ),
        (
            'Alice Moor and her rival, Jane Tull, said they were "wholly reckless."',
            [("Alice Moor and her rival", None)],
        ),
        ('"We will fight on," said the mayor and the governor.', [("the mayor and the governor", None)]),
        ('Her rival, Jane Tull, said she was "wholly reckless."', [("Jane Tull", "her rival")]),
        ('"We will fight on," said Alice Moor. Both the mayor and her rival left.', [("Alice Moor", None)]),
    ],
)
def test_both_speakers_after_both(text: str, found: list[tuple[str | None, str | None]]) -> None:
    assert _found(text) == found
