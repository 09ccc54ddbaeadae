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
            "TARNBY, May 4 - Following are extracts from the communique issued at the close of the "
            "Kestrel fishing council here.\n"
            '"The council noted that catches in the northern grounds have fallen for a third year.\n'
            '"The council decided to cut the quota for herring by a tenth from July."\n'
            '"The next meeting of the council will be held in Ormsby in October."',
            ["the communique", "the communique", "the communique"],
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
            "Following are extracts from the communique issued by the Kestrel fishing council.\n"
            '"The council noted that catches in the northern grounds have fallen," Orvel Danmark said.\n'
            '"We will not cut the quota for herring again this year."',
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
            "The Kestrel fishing council met in Tarnby on Monday to discuss the quota.\n"
            '"The council noted that catches in the northern grounds have fallen for a third year."',
            [None],
        ),
    ],
)
def test_no_writing_without_a_clean_run(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in body(text)] == speakers
