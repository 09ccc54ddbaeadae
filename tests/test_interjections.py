"""A sentence that only says somebody broke into the talk (`Ann Lee cut in.`) gives the quotation
right after it to that person. Invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ('Tom Bell defended the budget. Ann Lee cut in. "You paid for it with bonds, Tom."', ["Ann Lee"]),
        (
            'The moderator turned to Ivo Marsh. Ruth Carney chimed in. "He has never run anything."',
            ["Ruth Carney"],
        ),
        (
            'Ann Lee took the first question. Ola Brandt broke in again. "That is not what the bill says."',
            ["Ola Brandt"],
        ),
        # Other uses of the verbs, and a group, say nothing about the next words.
        ('Tom Bell spoke. Thieves broke in. "It was a mess," Ann Lee said.', ["Ann Lee"]),
        ('Ann Lee cut in line. "I was late," she said.', ["Ann Lee"]),
    ],
)
def test_interjection(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers
