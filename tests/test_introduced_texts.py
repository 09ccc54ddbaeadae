"""A writing given whole after a line introducing it (`Following is the text of the statement.`):
the run of paragraphs that are quotations only are the writing's words (invented names and
sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "PELLBY, March 9 - Following are excerpts from the bulletin released as the Dunmere "
            "beekeepers' congress closed.\n"
            '"Hive losses in the valley rose again last winter, the fourth bad winter in a row.\n'
            '"Members want the new crop sprays banned before the orchards flower."\n'
            '"Next year the beekeepers gather in Harwick, in the old corn exchange."',
            ["the bulletin", "the bulletin", "the bulletin"],
        ),
        (
            "Following is the full text of the final statement of the Tarn growers' meeting:\n"
            '"The growers call on the ministry to restore the old support price for barley."\n'
            '"They will meet again after the harvest."',
            ["the final statement", "the final statement"],
        ),
        # a writing's author after by/from is kept with it (fix41a)
        (
            "ORMSBY, June 2 - Following is the text of a letter from Bram Ostry to the harbour board.\n"
            '"I can no longer sit on the board while the fund stays closed to the fishermen."',
            ["a letter from Bram Ostry"],
        ),
    ],
)
def test_a_run_of_quotations_after_its_introduction(text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in body(text)] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A paragraph with a tag of its own breaks the run: its speaker goes on, not the writing.
        (
            "Following are excerpts from the bulletin the Dunmere beekeepers put out.\n"
            '"Hive losses rose again last winter," Orvel Danmark said.\n'
            '"Nobody in the valley can afford to lose more bees."',
            ["Orvel Danmark", "Orvel Danmark"],
        ),
        # A writing owned by a name is not read: its owner's description may be cut.
        (
            "Following is the text of Orvel Danmark's letter to the council.\n"
            '"I resign from the council with regret after twelve years of service."',
            [None],
        ),
        # No introducing line: a plain lead before a lone quotation names no writing.
        (
            "The Dunmere beekeepers gathered in Pellby on Saturday to talk about the sprays.\n"
            '"Hive losses in the valley rose again last winter, the fourth bad winter in a row."',
            [None],
        ),
    ],
)
def test_no_writing_without_a_clean_run(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in body(text)] == speakers
