"""A reporter's own words charged to them by another (`Ann Lee said Tom Reed accused her of calling
him "…"`): the her is the reporter, whose words they are (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body

_QUOTE = ' "a coward who hides from voters."'


@pytest.mark.parametrize(
    ("clause", "speaker"),
    [
        ("Ann Lee said Tom Reed accused her of calling him", "Ann Lee"),
        ("Ann Lee said Tom Reed had accused her of calling him", "Ann Lee"),
        ("Tom Reed said Ann Lee accused him of calling her", "Tom Reed"),
        # The one charged is not the reporter: the name charged, or nobody.
        ("Ann Lee said Tom Reed accused him of calling her", None),
        ("Ann Lee accused her of calling him", None),
        ("Ann Lee said Tom Reed accused Bo Park of calling him", "Bo Park"),
    ],
)
def test_the_reporter_charged_by_a_pronoun_speaks(clause: str, speaker: str | None) -> None:
    assert [q.speaker for q in body("Frost came. " + clause + _QUOTE)] == [speaker]
