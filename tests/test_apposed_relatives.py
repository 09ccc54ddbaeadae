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
        ('I sat with Carol Moss, a retired nurse, who said the clinic was "a lifeline."', ["Carol Moss"]),
        # A given name the lists do not know is no sure person: nobody's, as before the rule.
        ('I sat with Ada Moss, a retired nurse, who said the clinic was "a lifeline."', [None]),
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


@pytest.mark.parametrize(
    "name",
    ["Bell Farms", "Dover Rovers", "Kestrel Foods", "Vell Brewing", "Kent Police", "Orrin"],
)
def test_apposed_name_surely_a_person(name: str) -> None:
    # A name that opens on no given name or title, or holds a body's word, is not the `who`: nobody.
    text = f'Ann Lee sued {name}, a supplier of the mayor, who said the deal was "a fraud from the start."'
    assert _speakers(text) == [None]
