"""An "it" speaker's chain passes over a sentence whose subject opens on a count of two or more
(`The nine committed buyers are …`, misread as "The nine"): a count is never an "it" (invented
names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "But the consortium still has to win loans from its member states for the plane.\n"
            "The nine committed buyers are well above the five the consortium said it needed.\n"
            '"The board has decided to take all steps for a launch by May," it said.',
            "the consortium",
        ),
        (
            "The Ormsby report said the port should be sold in tranches.\n"
            "The seven include the Tarnby Port Authority and the Kestrel Water Board.\n"
            '"The others can be sold only after a full debate," it added.',
            "the Ormsby report",
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
