"""Finding quotations and telling direct from partial ones, on invented newsroom sentences."""

from __future__ import annotations

import pytest

from osceq.extract.quotes import extract_quotes
from osceq.extract.text import paragraphs
from osceq.models import Block, Quote


def body(text: str) -> list[Quote]:
    """Extract with every paragraph treated as body text (no headline guessing)."""
    blocks = [Block(a, b, "body") for a, b in paragraphs(text)]
    return extract_quotes(text, blocks)


def kinds(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.kind) for q in body(text)]


@pytest.mark.parametrize(
    "text",
    [
        # A show's title in the tag's sentence is no fragment of the statement the tag introduces.
        'On Channel Nine\'s "Morning Report" on Monday, she said, "We never promised to pay for it."',
        'Speaking to "City Talk Tonight" after the vote, Ana Brun said, "We never promised to pay for it."',
    ],
)
def test_a_title_sharing_the_tag_leaves_the_statement_direct(text: str) -> None:
    assert kinds(text) == [("We never promised to pay for it.", "direct")]
