"""A dateline's agency in brackets after a state's abbreviation, in invented text."""

from __future__ import annotations

import pytest

from osceq.extract.layout import segment
from osceq.extract.quotes import extract_quotes
from osceq.extract.text import sentences


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in extract_quotes(text, segment(text))]


@pytest.mark.parametrize(
    "dateline",
    [
        "RIVERDALE, Md. (Capitol Wire) —",
        "RIVERDALE, Md. (Capitol Wire) -",
        "ORRIN FALLS, Nev. (Plains Press) —",
        "RIVERDALE, Md. (Capitol News Wire) --",
    ],
)
def test_an_agency_after_a_state_abbreviation_is_no_subject(dateline: str) -> None:
    text = f'A Mayor Sworn In\n\n{dateline} Kurt Oslund was sworn in as mayor on Monday.\n\n"I am humbled," he said.'
    assert _speakers(text) == ["Kurt Oslund"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("RIVERDALE, Md. (Capitol Wire) — Kurt Oslund won. He left.", 2),
        # A sentence ending before a bracketed sentence, or before brackets with no dash, still ends.
        ("The plan failed. (The mayor disagreed.) He left.", 3),
        ("The plan failed. (Ivo Marsh, the mayor) spoke next.", 2),
        ("Ivo Marsh spoke at 10 a.m. (Eastern) - then left.", 1),
        # Only a state's abbreviation after a town's comma runs on into the agency.
        ("Tom Reed spoke last. (Ann Lee) — The hall emptied.", 2),
        ("Ivo Marsh came from Dover. (Capitol Wire) — He left.", 2),
        ("RIVERDALE, N.H. (Capitol Wire) — Kurt Oslund won.", 1),
    ],
)
def test_sentences_around_brackets(text: str, count: int) -> None:
    assert len(sentences(text)) == count
