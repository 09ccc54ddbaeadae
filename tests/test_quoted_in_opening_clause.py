"""Words quoted in an opening clause whose subject is `quoted … as saying` them (`Although one
delegate was quoted as saying the speech was "calm," others said …`) are that subject's, never the
main clause's speaker after the quote (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            'Rain fell. Although one delegate was quoted by the agency as saying the speech was "calm, modest and fair," others said it was weak.',
            ["one delegate"],
        ),
        (
            'Rain fell. While Ivo Pask was quoted as saying the levy was "fair to every farmer," rivals said it was not.',
            ["Ivo Pask"],
        ),
        (
            'Rain fell. Though a Tarn aide is quoted in the Courier as saying the deal was "all but done," officials said talks go on.',
            ["a Tarn aide"],
        ),
    ],
)
def test_the_one_quoted_as_saying_keeps_the_words(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in body(text)] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # the main clause's tag after a quote of its own, and no opening clause: as before
        ('Rain fell. "The speech was calm, modest and fair," others said.', ["others"]),
        (
            'Rain fell. While Ann Lee called the speech "calm, modest and fair," others said it was weak.',
            ["Ann Lee"],
        ),
        (
            'Rain fell. Ivo Pask was quoted as saying the levy was "fair to every farmer," Ann Lee said.',
            ["Ann Lee"],
        ),
    ],
)
def test_other_tags_after_the_quote_stand(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in body(text)] == speakers
