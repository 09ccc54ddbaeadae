"""A capitalised possessive inside a group's name (`Save Our Harbor`, `Protect Your Vote`) does not
cut the name, mid-sentence or where the name opens the sentence: `Save Our Harbor said` is the
group's, not "Harbor"'s. Invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


def _roles(text: str) -> list[tuple[str | None, str | None]]:
    return [(quote.speaker, quote.role) for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # The group's whole name: the person named after it speaks.
        (
            'Speaking for Keep Our Marsh, its treasurer, Len Aske, said the fund was "fully audited" and that '
            'the donors had been "thanked, not rewarded."',
            ["Len Aske", "Len Aske"],
        ),
        ('A spokesman for Save Our Harbor, Len Aske, said the permit was "a giveaway."', ["Len Aske"]),
        # (a spokeswoman's run keeps to the description, as it does after any group's name, not "Coast")
        ('A spokeswoman for Restore Our Coast, Ida Marsh, said the law was "a mess."', ["a spokeswoman"]),
        (
            'A spokesman for Save Our Harbor said the group had "nothing to hide."',
            ["a spokesman for Save Our Harbor"],
        ),
        # The name opening the sentence, or ending a tag after the quote: the group, not its last word.
        ('Save Our Harbor said in a statement that the permit was "a giveaway."', ["Save Our Harbor"]),
        ('The permit was "a giveaway," Save Our Harbor said.', ["Save Our Harbor"]),
        (
            'Protect Your Vote, a group led by Tom Barr, said the new law was "a trap for the poor."',
            ["Protect Your Vote"],
        ),
        # Not changed: a name without a possessive inside, the person before the group, a possessive
        # opening the sentence that joins no name (`Our members`).
        ('A spokesman for Harbor Watch, Len Aske, said the group had "nothing to hide."', ["Len Aske"]),
        ('Len Aske of Save Our Harbor said the plan was "reckless."', ["Len Aske"]),
        ('Our members said the new law was "a trap."', ["our members"]),
        ('Their leader, Ann Lee, said the new law was "a trap."', ["Ann Lee"]),
    ],
)
def test_a_possessive_inside_a_name_keeps_it_whole(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            'After the vote, Save Our Harbor member Ann Lee said the permit was "a giveaway."',
            "Save Our Harbor member",
        ),
        ('Save Our Harbor chairman Ann Lee said the permit was "a giveaway."', "Save Our Harbor chairman"),
        (
            'Protect Your Vote spokesman Tom Barr said the new law was "a trap."',
            "Protect Your Vote spokesman",
        ),
        ('Harbor Watch member Ann Lee said the permit was "a giveaway."', "Harbor Watch member"),
    ],
)
def test_a_role_keeps_the_groups_whole_name(text: str, role: str) -> None:
    assert [role for _, role in _roles(text)] == [role]
