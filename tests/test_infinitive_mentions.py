"""A mention read up to an infinitive's "to" (`the hall stood to cheer`) is junk: nobody (invented
names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            'When Ned Pell at last reached his closing line - "We will not yield" - the hall stood to cheer.',
            [None],
        ),
        ('When Ned Pell finished with "We will not yield," the hall stood to cheer.', [None]),
        ('"Out, out, out," the crowd stood up to shout.', [None]),
        # a verb of beginning or going on before the infinitive, as before
        ('"We will not yield," the crowd began to chant.', ["the crowd"]),
        ('"We will not yield," Ann Roe went on to say.', ["Ann Roe"]),
    ],
)
def test_a_mention_read_up_to_an_infinitive_is_withheld(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in body(text)] == speakers
