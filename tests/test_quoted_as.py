"""Whoever is quoted "as saying" speaks, not the outlet quoting them."""

from __future__ import annotations

import pytest

from osceq.extract.quoted_as import quoted_as
from osceq.extract.quotes import extract_quotes
from osceq.extract.text import paragraphs
from osceq.extract.tokens import tokenize
from osceq.models import Block
from tests.quote_helpers import body


def quoted_one(text: str) -> tuple[str, str] | None:
    tokens = tokenize(text, 0, len(text))
    k = next(i for i, t in enumerate(tokens) if t.low in ("quoted", "cited"))
    found = quoted_as(tokens, k)
    if found is None:
        return None
    start, end, kind = found
    return text[tokens[start].start : tokens[end - 1].end], kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the agency quoted Ivo Brandt as saying.", ("Ivo Brandt", "name")),
        (
            "The Ledger quoted a source close to the mayor as saying",
            ("a source close to the mayor", "nominal"),
        ),
        ("the station quoted him as saying on its morning show", ("him", "pronoun")),
        ("The daily cited the minister as telling deputies", ("the minister", "nominal")),
        # No "as saying" after the phrase: what was quoted is no speaker.
        ("The letter quoted Lincoln at length.", None),
        ("The Ledger quoted figures as high as 40 percent", None),
        ("Lee quoted the report, as required, in full", None),
    ],
)
def test_quoted_as(text: str, expected: tuple[str, str] | None) -> None:
    assert quoted_one(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We will pay in full," the agency quoted Ivo Brandt as saying.',
            [("We will pay in full,", "Ivo Brandt")],
        ),
        (
            'The Ledger quoted a source close to the mayor as saying the vote was "a done deal."',
            [("a done deal.", "a source close to the mayor")],
        ),
        ('"It is over," the station quoted him as saying.', [("It is over,", "him")]),
        # Without "as saying", whoever quotes is the source.
        ('"It is over," the radio quoted.', [("It is over,", "the radio")]),
        # A passive "quoted" with the outlet after "by" or "in": its subject is the speaker.
        (
            '"We may have to sell the mill," Orla Fenn was quoted by the weekly as saying.',
            [("We may have to sell the mill,", "Orla Fenn")],
        ),
        (
            '"Prices will hold until spring," Bram Toller was quoted in Harbor Gazette as saying.',
            [("Prices will hold until spring,", "Bram Toller")],
        ),
    ],
)
def test_whoever_is_quoted_as_saying_speaks(text: str, expected: list[tuple[str, str | None]]) -> None:
    blocks = [Block(a, b, "body") for a, b in paragraphs(text)]
    assert [(q.text, q.mention.text if q.mention else None) for q in extract_quotes(text, blocks)] == expected


def test_an_aside_between_the_quoted_person_and_as_saying_is_skipped() -> None:
    text = (
        "Kestria rejected its new quota, the state news agency KNA reported.\n\n"
        'It quoted Oil Minister Ivo Marsh, who returned on Sunday, as saying "Kestria will keep to its own ceiling."'
    )
    assert [q.speaker for q in body(text)] == ["Ivo Marsh"]
    text = (
        "Reporters toured the front.\n\n"
        "They quoted a soldier, Oren Daskal, as saying the rain had "
        '"kept every truck in the valley stuck for a week."'
    )
    assert [q.speaker for q in body(text)] == ["Oren Daskal"]
    # The outlet that quotes passes the words on: it is no speaker.
    text = (
        "Kestria rejected its new quota.\n\n"
        'The agency quoted Oil Minister Ivo Marsh, 61, as saying "Kestria will keep to its own ceiling."'
    )
    assert [q.speaker for q in body(text)] == ["Ivo Marsh"]
