"""Wrong or missing speakers in international and diplomatic copy (world20): invented names and
sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Envoys from four states met in Varden on Tuesday to price a canal joining two lakes, "
            'a scheme the regional council calls "the key to every trade route in the north."',
            "the regional council",
        ),
        (
            'The envoys argued over the canal, what the council calls "a bridge of water."',
            "the council",
        ),
    ],
)
def test_a_naming_verb_in_a_relative_clause_without_a_relative_word_has_its_own_subject(
    text: str, speaker: str
) -> None:
    quotes = body(text)
    assert [q.speaker for q in quotes] == [speaker]
