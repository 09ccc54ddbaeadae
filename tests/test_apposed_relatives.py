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
            "Last to speak was Sen. Hal Quist, the panel's self-appointed grown-up, who called the budget "
            '"a document without a single honest number."',
            ["Hal Quist"],
        ),
        ('Then there is Ivo Marsh, a farmer, who told me the levy was "theft."', ["Ivo Marsh"]),
        (
            "The prize went to Ruth Carney, her district's longest-serving member, who called it "
            '"a complete surprise."',
            ["Ruth Carney"],
        ),
        ('I sat with Ada Moss, a retired nurse, who said the clinic was "a lifeline."', ["Ada Moss"]),
        # A described person with no name before the apposition stays nobody's.
        ('Ann Lee thanked her husband, a farmer, who said the farm was "fine."', [None]),
        ('Ann Lee, who chairs the board, said the plan was "dead."', ["Ann Lee"]),
        # A verb of command read into the name, or a place's description, leaves the `who` nobody's.
        ('Take Ivo Marsh, a farmer, who told me the levy was "theft."', [None]),
        ('Meet Ola Brandt, a teacher, who told me the levy was "theft."', [None]),
        ('Consider Ida Voss, a widow, who told me the levy was "theft."', [None]),
        ('Tom Bell visited Reno, a city of farmers, who told him the levy was "theft."', [None]),
        (
            'Tom Bell toured Tarn County, the state\'s poorest corner, who told him the levy was "theft."',
            [None],
        ),
    ],
)
def test_apposed_relative(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers
