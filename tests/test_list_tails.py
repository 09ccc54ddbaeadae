"""A list of names read back from its verb: surnames only, ages or a role inside, firms. The whole
list speaks, never its last items or its first alone (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body

_QUOTE = ' said the vote was "a farce and a fraud."'


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("Smith, Jones and Brown", "Smith, Jones and Brown"),
        ("Smith, Jones, and Brown", "Smith, Jones, and Brown"),
        ("Ann Lee, 42, Tom Reed, 51, and Bo Park", "Ann Lee, 42, Tom Reed, 51, and Bo Park"),
        ("Ann Lee, a lawyer, Tom Reed and Bo Park", "Ann Lee, a lawyer, Tom Reed and Bo Park"),
        ("Ann Lee, the mayor, and Bo Park", "Ann Lee, the mayor, and Bo Park"),
        ("Keller Bank, Ostrow Group and Lind Capital", "Keller Bank, Ostrow Group and Lind Capital"),
        ("Keller, Ostrow and Lind", "Keller, Ostrow and Lind"),
        # No list: the subject speaks as before.
        ("Ann Lee, Tom Reed and Bo Park", "Ann Lee, Tom Reed and Bo Park"),
        ("In Dover, Ann Lee and Bo Park", "Ann Lee and Bo Park"),
        ("Last March, Bo Park", "Bo Park"),
        ("The vote was close, and Bo Park", "Bo Park"),
        ("Ann Lee, 42,", "Ann Lee"),
        ("The mayor, Ann Lee,", "Ann Lee"),
    ],
)
def test_a_list_of_names_speaks_whole(subject: str, speaker: str) -> None:
    assert [q.speaker for q in body("Frost came. " + subject + _QUOTE)] == [speaker]


def test_a_list_before_a_colon_speaks_whole() -> None:
    text = 'Frost came. Smith, Jones and Brown said: "The vote was a farce."'
    assert [q.speaker for q in body(text)] == ["Smith, Jones and Brown"]
