"""A relative `who` after a name and a described apposition (`Tom Bell, a farmer, who told me …`):
the name before the apposition speaks. Invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "And then there is Gov. Tom Bell, the race's designated grown-up, who told me the country "
            'needed "less noise."',
            ["Tom Bell"],
        ),
        ('Then there is Ivo Marsh, a farmer, who told me the levy was "theft."', ["Ivo Marsh"]),
        (
            "The prize went to Ruth Carney, her district's longest-serving member, who called it "
            '"a complete surprise."',
            ["Ruth Carney"],
        ),
        # A described person with no name before the apposition stays nobody's.
        ('Ann Lee thanked her husband, a farmer, who said the farm was "fine."', [None]),
        ('Ann Lee, who chairs the board, said the plan was "dead."', ["Ann Lee"]),
    ],
)
def test_apposed_relative(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers
