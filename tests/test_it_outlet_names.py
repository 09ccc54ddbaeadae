"""An "it" speaker whose paper is named like a person but was written before as a paper (`the
Tarn Herald newspaper said`) (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Schools in the province will choose their own books from next year, the Dunmere Kurier "
            'newspaper reported.\n"Teachers know best," Dunmere Kurier wrote in a leader on the reform.\n'
            '"Parents will have their say too. Other subjects may follow," it added.',
            "Dunmere Kurier",
        ),
    ],
)
def test_a_paper_written_as_one_before(text: str, speaker: str) -> None:
    assert [q.speaker for q in body(text)][-1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # Never written as a paper: the name may be a person's.
        'Schools will choose their own books, Dunmere Kurier said.\n"Teachers know best," Dunmere '
        'Kurier said.\n"Parents will have their say too," it added.',
        # A paper named after its owner is not its owner: the owner is no "it".
        "Schools will choose their own books, the Dunmere Kurier newspaper reported.\n"
        '"Teachers know best," Dunmere said.\n"Parents will have their say too," it added.',
    ],
)
def test_no_paper_without_its_word(text: str) -> None:
    assert [q.speaker for q in body(text)][-1] is None
