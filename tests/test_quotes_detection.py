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


@pytest.mark.parametrize(
    "text",
    [
        # "On" opening the sentence names the show as surely as "on" inside it.
        'On Channel Nine\'s "Morning Report," Ana Brun said the figure was wrong.',
        # After a broadcaster's possessive, one capitalised word names a show.
        'Tuesday on the Ledger News Channel\'s "Newsroom," Ana Brun said the figure was wrong.',
        "Ana Brun told KTVX's “Sunrise” on Monday that the figure was wrong.",
        "Speaking on the network’s “Daybreak,” Ana Brun said the figure was wrong.",
    ],
)
def test_a_show_named_where_somebody_spoke_is_no_quote(text: str) -> None:
    assert body(text) == []


def test_a_capitalised_word_after_a_persons_possessive_stays_a_quote() -> None:
    text = "Ana Brun hit back on Ivo Marsh's “Hypocrite” jibe, saying it was wrong."
    assert [q.text for q in body(text)] == ["Hypocrite"]


@pytest.mark.parametrize(
    "text",
    [
        # A verb after the title with a noun phrase after it reads like a tag, but it is the sentence's.
        "Ana Brun, host of KTVX’s “Morning Desk,” suggested council member Ivo Marsh’s refusal to resign "
        "could cost him the seat.",
        'Ivo Marsh, a producer of the Ledger Channel\'s "Harbour Lights," suggested council member Ana '
        "Brun's plan to cut the budget would end the show.",
    ],
)
def test_a_show_of_a_broadcaster_is_no_quote_whatever_cue_follows(text: str) -> None:
    assert body(text) == []
