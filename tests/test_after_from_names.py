"""A name after "from" is read whole and is no antecedent of the next he or she when the sentence's
subject answers it (invented names and sentences only): rules that read `calls from X to "…"` as X's
words and cut a place from `in Tokyo Name` were withdrawn when a review found these turned wrong."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the one who rejects the call answers it (review43b finding 1)
        ('Tom Reed rejected calls from Ivo Pask to "resign now." "I will stay," he said.', "Tom Reed"),
        (
            'Ann Lee brushed off demands from Kim Sand to "come clean." "I have nothing to hide," she said.',
            "Ann Lee",
        ),
        (
            'Tom Reed dismissed calls from Sen. Ivo Pask to "go quietly." "I am going nowhere," he said.',
            "Tom Reed",
        ),
        # a given name after "from" stays in the name (review43b finding 2)
        (
            'The club released a letter from Josep Maria Tarrago, the club president. "We have a plan," Tarrago said.',
            "Josep Maria Tarrago",
        ),
    ],
)
def test_the_last_quote_keeps_its_speaker(text: str, speaker: str) -> None:
    assert body(text)[-1].speaker == speaker
