"""A possessive owning nothing after a quote (`"…," Moody's also notes.`) is a firm's name, never
the person of that surname (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body

_OPENING = "Ann Moody, a trader at Keller Bank, said rates would rise. "


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (_OPENING + '"The market is tired," Moody\'s also notes.', "Moody's"),
        (_OPENING + '"The market is tired," Moody\'s notes.', "Moody's"),
        (_OPENING + '"The market is tired," Moody\'s says.', "Moody's"),
        (_OPENING + '"The market is tired," Moody\'s said in a note.', "Moody's"),
        # The surname alone is the person.
        (_OPENING + '"The market is tired," Moody says.', "Ann Moody"),
        (_OPENING + '"The market is tired," Moody also notes.', "Ann Moody"),
    ],
)
def test_a_firm_in_the_possessive_after_a_quote_is_not_the_person(text: str, speaker: str) -> None:
    assert [q.speaker for q in body(text)][-1] == speaker
