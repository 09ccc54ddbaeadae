"""Plain news attribution shapes found by the invented-article check (eval/invented): invented names
and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The vote was close. Her rival, Commissioner Tove Marlin, said the deal was "a gift to '
            'landlords" and walked out.',
            "Tove Marlin",
        ),
        (
            "Bids opened on Friday. The plan's author, Senator Idris Pelham, said it would be "
            '"cheaper than doing nothing" within a decade.',
            "Idris Pelham",
        ),
    ],
)
def test_a_titled_name_between_commas_after_a_description_is_the_speaker(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Talks ended at dawn. The drivers’ union said the offer was “an insult to every depot.”",
            "the drivers’ union",
        ),
        (
            'Talks ended at dawn. The drivers\' union said the offer was "an insult to every depot."',
            "the drivers' union",
        ),
        (
            "Rents rose again, according to the tenants’ council, which called it “a slow eviction.”",
            "the tenants’ council",
        ),
    ],
)
def test_a_plural_possessive_of_a_common_noun_stays_in_the_speaker(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The depot will shut. Said Harlan Mott, the county clerk: "We will count every ballot twice."',
            "Harlan Mott",
        ),
        (
            'The depot will shut. Said the county clerk, Harlan Mott: "We will count every ballot twice."',
            "Harlan Mott",
        ),
        ('The depot will shut. Added Ms. Okoro, "Nobody in this room wanted that outcome."', "Okoro"),
    ],
)
def test_a_tag_verb_opening_the_sentence_names_the_speaker_after_it(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_an_opening_tag_verb_before_a_lone_surname_is_no_part_of_the_name() -> None:
    text = 'The depot will shut, officials said. Said Mott, "We will count every ballot twice."'
    assert _speakers(text) == ["Mott"]


def test_a_name_after_a_lower_case_affiliation_between_commas_is_the_speaker() -> None:
    text = 'Crews left at noon. A spokeswoman for the mayor, Anna Delvecchio, said the plan was "on hold."'
    assert _speakers(text) == ["Anna Delvecchio"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Bids closed on Friday. Harmon and Quist both said the tender was "rushed from the start."',
            "Harmon and Quist",
        ),
        (
            'Bids closed on Friday. Harmon and Quist have each said the tender was "rushed from the start."',
            "Harmon and Quist",
        ),
        (
            'Bids closed on Friday. The two auditors all said the tender was "rushed from the start."',
            "the two auditors",
        ),
    ],
)
def test_a_quantifier_between_subject_and_verb_leaves_the_whole_subject(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Fares will rise. According to a statement from the Tarrow Transit Board, the change is "long overdue."',
            "a statement from the Tarrow Transit Board",
        ),
        (
            '"The change is long overdue," according to a memo by the city budget office.',
            "a memo by the city budget office",
        ),
    ],
)
def test_according_to_a_document_keeps_its_source(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]
