"""Quotes in paragraphs that name site furniture (`sign up`, `newsletter`, `read more`), in invented text."""

from __future__ import annotations

import pytest

from osceq.extract.layout import ROLE_BODY, ROLE_BOILERPLATE, segment
from osceq.extract.quotes import extract_quotes


def _role(text: str, paragraph: str) -> str:
    start = text.index(paragraph)
    return next(block.role for block in segment(text) if block.start <= start < block.end)


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ('"We want every family to sign up," said Mara Tollen.', "Mara Tollen"),
        ('Mara Tollen said: "Read more to your children every night."', "Mara Tollen"),
        ('"Our newsletter reaches every home in Orrin," Mara Tollen said.', "Mara Tollen"),
        ('"Please share this with your neighbours," Mara Tollen told the crowd.', "Mara Tollen"),
    ],
)
def test_a_quote_naming_site_furniture_is_kept(paragraph: str, speaker: str) -> None:
    text = (
        f"Library Opens\n\nThe new library in Orrin opened on Monday.\n\n{paragraph}\n\nIt has 9,000 books."
    )
    assert _role(text, paragraph) == ROLE_BODY
    assert [quote.speaker for quote in extract_quotes(text, segment(text))] == [speaker]


@pytest.mark.parametrize(
    "line",
    [
        "Sign up for our newsletter",
        'Sign up for "The Morning Brief" newsletter',
        "Read more: library news",
        "Subscribe now for full access. Sign up here.",
    ],
)
def test_site_furniture_stays_boilerplate(line: str) -> None:
    text = f"Library Opens\n\nThe new library in Orrin opened on Monday.\n\n{line}\n\nIt has 9,000 books."
    assert _role(text, line) == ROLE_BOILERPLATE


@pytest.mark.parametrize(
    "paragraph",
    [
        'Sign up for the Orrin Courier newsletter. "It is the first thing I read every morning," says '
        "reader Ivo Brandt.",
        'Read more: "I nearly lost my books in the flood," said one borrower last year',
        'Related articles: "Open it on Sundays," readers told us in our survey | Library hours cut again',
        'Share this story. Leave a comment below telling us "what the library means to you," said editor '
        "Ivo Brandt.",
        'Click here to read the report. "We recommend a second branch," the planners wrote.',
        'Follow us on Facebook. "Best local news around," says reader Ivo Brandt.',
    ],
)
def test_a_quote_after_site_furniture_opening_its_paragraph_stays_out(paragraph: str) -> None:
    text = (
        "Library Opens\n\nThe new library in Orrin opened on Monday.\n\n"
        '"Every child in Orrin will have a card," said Mara Tollen.\n\n'
        f"{paragraph}"
    )
    assert _role(text, paragraph) == ROLE_BOILERPLATE
    assert [quote.speaker for quote in extract_quotes(text, segment(text))] == ["Mara Tollen"]
