"""Speakers around an office of a body whose name holds "and" or commas (`the Minister of Water and
Forests`): the name of the body is never the speaker."""

from __future__ import annotations

import pytest

from osceq.extract.mentions import parse_mention
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Minister of Trade, Industry and Energy Osk Varden said the plan was "fully funded."', "Osk Varden"),
        (
            'Secretary of Health, Labour and Welfare Mela Quint told reporters: "We start in June."',
            "Mela Quint",
        ),
    ],
)
def test_commas_listing_an_office_fields_keep_the_name_after_it(text: str, expected: str) -> None:
    assert speaker_of(text) == expected


def test_the_listed_office_is_the_role() -> None:
    mention = parse_mention("Minister of Trade, Industry and Energy Osk Varden")
    assert (mention.name, mention.role) == ("Osk Varden", "Minister of Trade, Industry and Energy")


def test_a_body_acronym_in_parenthesis_stays_inside_the_description() -> None:
    text = 'A senior Banco de Lurra (BDL) official said the rate was "far too high."'
    assert speaker_of(text) == "a senior Banco de Lurra official"


@pytest.mark.parametrize(
    "text",
    [
        '"We will not sell the mill," said chairman Ivo Marsh and president Ann Lee in a statement.',
        '"We will not sell the mill," said Ivo Marsh and Ann Lee in a statement.',
        '"We will not sell the mill," chairman Ivo Marsh and president Ann Lee said.',
    ],
)
def test_two_people_each_with_a_role_speak_together(text: str) -> None:
    assert speaker_of(text) == "Ivo Marsh and Ann Lee"


def test_a_body_set_off_after_an_office_is_not_the_spokesman() -> None:
    text = 'A spokesman for the Ministry of Ports and Canals, Lumen International, said it was "a fair deal."'
    assert speaker_of(text) == "a spokesman"
