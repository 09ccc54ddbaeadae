"""An "it" speaker's chain passes over a sentence whose subject opens on a count of two or more
(`The eleven pledged farms are …`, misread as "The eleven"): a count is never an "it" (invented
names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The dairy union has yet to settle a milk price with the supermarkets.\n"
            "The eleven pledged farms are more than the union had hoped for.\n"
            '"Our members will vote on the offer at the June meeting," it said.',
            "the dairy union",
        ),
        (
            "The Harwick bulletin warned that the county's bus routes were losing money.\n"
            "The twelve worst include the Pellby loop and the night service to Bramble Cross.\n"
            '"The rest can be kept running only if fares go up," it added.',
            "the Harwick bulletin",
        ),
    ],
)
def test_a_counted_subject_is_passed(text: str, speaker: str) -> None:
    assert [q.speaker for q in body(text)][-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "One" counts no plural: the subject may be the "it" (here a firm), as before.
        (
            "One Tarnby mill, Vellmark Mills Ltd, said its orders fell.\n"
            '"We expect a better second half," it said.',
            None,
        ),
        # A year in figures is no count.
        (
            "The Kestrel Bank said rates would rise.\nThe 1987 budget was passed in May.\n"
            '"Rates will rise soon," it said.',
            None,
        ),
    ],
)
def test_no_count_no_pass(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in body(text)][-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A capitalised number word with capitalised words after it opens a name, not a count (fix41a).
        (
            "Nine Pines Timber Corp said on Thursday its sawmill exports doubled.\n"
            '"Buyers in the south cannot get enough of it," it said.',
            "Nine Pines Timber Corp",
        ),
        (
            "Twelve Acres Farming Group said on Friday its barley harvest failed.\n"
            '"The rain came too late for the crop," it said.',
            "Twelve Acres Farming Group",
        ),
    ],
)
def test_a_number_word_opening_a_name_is_no_count(text: str, speaker: str) -> None:
    assert [q.speaker for q in body(text)][-1] == speaker
