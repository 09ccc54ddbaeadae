"""A fronted phrase opened by an adverb of place, then a second aside (`Back at her desk, though,
she was blunt: "…"`): the adverb is no name, the he/she after it speaks (invented names only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body

_END = ' she was blunt: "We are finished here."'


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("Back at her desk, though,", "Ann Lee"),
        ("Back home, however,", "Ann Lee"),
        ("Out in the yard, though,", "Ann Lee"),
        ("Outside the hall, though,", "Ann Lee"),
        ("Back at her desk,", "Ann Lee"),
    ],
)
def test_a_fronted_place_adverb_is_no_speaker(opening: str, speaker: str) -> None:
    assert [q.speaker for q in body("Ann Lee spoke. " + opening + _END)] == [speaker]


def test_a_name_opening_on_such_a_word_still_speaks() -> None:
    text = 'Ann Lee spoke. Back Street Boys, a band, were blunt: "We are finished here."'
    assert [q.speaker for q in body(text)] == ["Back Street Boys"]
