"""A lower-case noun for a kind of person before a signature's name, in invented text."""

from __future__ import annotations

import pytest

from osceq.extract.layout import segment
from osceq.extract.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in extract_quotes(text, segment(text))]


@pytest.mark.parametrize(
    ("signed", "expected"),
    [
        ('• "We were ignored again." — resident Joy Mapleton', ["Joy Mapleton"]),
        ('"We were ignored again, as we always are." — commuter Tom Reeves', ["Tom Reeves"]),
        ('"We were ignored again, as we always are." — student Ann Lowry, Dover', ["Ann Lowry"]),
        # A plural noun and a sentence, or words that name no person, sign nothing.
        ('"We were ignored again, as we always are," — residents said.', ["residents"]),
        ('"We were ignored again, as we always are." — resident anger Grows', [None]),
        ('"We were ignored again, as we always are." — resident Of Dover', [None]),
    ],
)
def test_a_role_before_a_signatures_name(signed: str, expected: list[str | None]) -> None:
    text = f"Vote Held\n\nThe county board voted on Monday.\n\n{signed}"
    assert _speakers(text) == expected
