"""Helpers shared by the quote extraction tests."""

from __future__ import annotations

from osceq.extract.quotes import extract_quotes
from osceq.extract.text import paragraphs
from osceq.models import Block, Quote


def body(text: str) -> list[Quote]:
    """Extract with every paragraph treated as body text (no headline guessing)."""
    blocks = [Block(a, b, "body") for a, b in paragraphs(text)]
    return extract_quotes(text, blocks)


def only_speaker(text: str) -> str | None:
    """The speaker of the one quote a text holds (the test fails when it holds another number)."""
    quotes = body(text)
    assert len(quotes) == 1
    return quotes[0].speaker
