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
            "Ivo Rask's press release linked to the Herald report, which notes, \"More than half the "
            'donors met the minister while she was in office."',
            "More than half the donors met the minister while she was in office.",
            "the Herald report",
        ),
        # A later clause with its own cue still speaks; a plan is no writing.
        (
            "Ivo Rask spoke in Tarn. Told of a Herald survey published today which estimated that "
            'output was low, he said; "That could well be correct."',
            "That could well be correct.",
            "Ivo Rask",
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
