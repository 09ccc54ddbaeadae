"""Attribution shapes of straight political news found by the invented set of partial quotes
(eval/invented-partial): invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            'Rep. Ines Varrow, D-Calder Springs, the vice chair of the panel, said the levy was "a '
            'patch on a patch." "Nobody here likes it," she said.',
            ["Ines Varrow", "Ines Varrow"],
        ),
        (
            "State Sen. Otto Brandvold, R-Fallon, who has fought the toll for a decade, called it "
            "“a tax on the commute” on Friday.",
            ["Otto Brandvold"],
        ),
        (
            'Sen. Maud Elsworth, I-Vt., a former county clerk, warned of "ballots nobody can count."',
            ["Maud Elsworth"],
        ),
    ],
)
def test_a_party_label_after_a_name_is_not_the_speaker(text: str, speakers: list[str]) -> None:
    assert _speakers(text) == speakers
