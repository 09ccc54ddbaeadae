"""Speakers around an office of a body whose name holds "and" or commas (`the Minister of Water and
Forests`): the name of the body is never the speaker."""

from __future__ import annotations

import pytest

from osceq.extract.quotes import extract_quotes


def speaker_of(text: str) -> str | None:
    quotes = extract_quotes(text)
    assert len(quotes) == 1
    return quotes[0].speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'A spokesman for the Minister of Water and Forests, Rudo Tembani, said the dam was "on schedule."',
            "a spokesman",
        ),
        (
            'An aide to the Secretary of Rivers and Harbours, Kesta Morv, said the ferry was "running late."',
            "an aide",
        ),
    ],
)
def test_the_office_as_object_leaves_the_subject_before_it(text: str, expected: str) -> None:
    assert speaker_of(text) == expected
