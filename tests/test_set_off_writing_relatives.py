"""A writing named before a relative "which" set off by a comma speaks through the relative's
reporting verb (`the Herald report, which said "…"`), as it does with no comma; capitalised words
of its name are read only where the comma sets it off (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> dict[str, str | None]:
    return {quote.text: quote.speaker for quote in body(text)}


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            'Ivo Rask cited a new report, which said "more than half the donors met the minister."',
            "more than half the donors met the minister.",
            "a new report",
        ),
        (
            'Ivo Rask cited the Herald report, which said "more than half the donors met the minister."',
            "more than half the donors met the minister.",
            "the Herald report",
        ),
        (
            'Ada Dunn waved the Harbour Press audit, which found that "half the funds were lost."',
            "half the funds were lost.",
            "the Harbour Press audit",
        ),
        # A noun-like verb after such a "which" is the writing's verb (`which notes, "…"`).
        (
            'Her blog post cites the Lakeside Courier survey, which notes, "Two in three riders want later '
            'buses."',
            "Two in three riders want later buses.",
            "the Lakeside Courier survey",
        ),
        (
            'The union leaflet points readers to a council audit, which notes, "Overtime has tripled since '
            'June."',
            "Overtime has tripled since June.",
            "a council audit",
        ),
        # A verb with an object of its own is no writing's cue; a later cue speaks, and a plan is no writing.
        (
            'Pia Holm held up a council audit, which put the bill at ten million, and declared, "We will '
            'find the money."',
            "We will find the money.",
            "Pia Holm",
        ),
        (
            'Ivo Rask praised the plan, which he said was "a gift to the towns."',
            "a gift to the towns.",
            "Ivo Rask",
        ),
    ],
)
def test_a_writing_set_off_before_which_speaks(text: str, words: str, speaker: str) -> None:
    assert _speakers(text).get(words) == speaker
