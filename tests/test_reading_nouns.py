"""`reading` as the first word of a compound noun (`a reading lamp`, `reading scores`) reports no
text, unlike `a letter reading "…"`. Invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            'The cabin has a sofa, a broken reading lamp and, according to one guest, "the worst coffee in town."',
            ["one guest"],
        ),
        (
            "Tarn's schools have higher reading scores and, according to Superintendent Ada Moss, "
            '"the best attendance in a decade."',
            ["Ada Moss"],
        ),
        # The reporting `reading` stays.
        ('The memo, reading in part "we cannot go on," was signed by Ivo Marsh.', ["the memo"]),
    ],
)
def test_reading_nouns(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers
