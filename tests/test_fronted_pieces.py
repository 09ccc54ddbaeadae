"""Pieces of a fronted opening read as the sentence's subject: a time phrase carried on by a clause of
`when` or `as` (`Six years ago, when …, Senator Ray Dunmore … said`), where the subject follows the
clause's comma, not the time's number word; a participle's phrase set off after an opening phrase
(`On the tape, made at a dinner …, the treasurer, Paul Okonkwo, can be heard telling`), which
describes the opening's noun, not the participle. Invented names and sentences only."""

from __future__ import annotations

import pytest

from osceq.extract.participle_words import IRREGULAR_PARTICIPLES
from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Six years ago, when the governor vetoed a school bill, Senator Ray Dunmore of Westfield stood "
            'in the chamber and said the veto was "a slap in the face to every teacher."',
            "Ray Dunmore",
        ),
        (
            "Nine years ago, when a council of the neighbouring county sent a plan for the old mill to the "
            "state board in the last week of a budget year, Mayor Ann Kowalski stood up and said the plan "
            'was "a theft carried out in broad daylight by people who should know better."',
            "Ann Kowalski",
        ),
        # A time phrase with no clause after it, as before.
        (
            'Six years ago, Senator Ray Dunmore stood in the chamber and said the veto was "a slap in the '
            'face to every teacher."',
            "Ray Dunmore",
        ),
    ],
)
def test_subject_after_time_and_clause(text: str, speaker: str) -> None:
    assert [q.speaker for q in body(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # The clause's comma leads to a pronoun: he or she, never the number word.
        'Years ago, when the plant closed, she stood at the gate and said it was "a betrayal of everyone '
        'who ever worked there."',
    ],
)
def test_no_number_word_for_subject(text: str) -> None:
    assert [q.mention.text for q in body(text) if q.mention] == ["she"]


@pytest.mark.parametrize(
    "text",
    [
        # A name set off inside the clause hides where the clause ends; a clause with no comma of its
        # own runs into the main one: nobody from the clause.
        'Years ago, when the depot manager, Ivo Pratt, shut the canteen, the drivers staged a walkout: "We '
        'will not eat in the yard."',
        "Last week, as the council met in the old town hall to argue about the cost of the new bridge over "
        'the river the mayor lost patience with Ivo Pratt, Nell Quist and the rest: "Enough of this."',
    ],
)
def test_no_speaker_from_inside_the_clause(text: str) -> None:
    assert not {"Ivo Pratt", "Nell Quist"} & {q.speaker for q in body(text)}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "On the tape, recorded at a private dinner in Millbrook last spring, the treasurer, Paul "
            'Okonkwo, can be heard telling guests that the city had "wasted a decade on bad bonds."',
            "Paul Okonkwo",
        ),
        (
            "In the video, taken by a guest at the gala, the senator, Wilma Strand, can be heard saying "
            'the bill was "dead on arrival."',
            "Wilma Strand",
        ),
        (
            "In the footage, made on a phone at the back of the hall, Nadia Kaur can be heard shouting that "
            'the count was "a fraud from start to finish."',
            "Nadia Kaur",
        ),
        # No participle after the opening, or one that describes the subject: as before.
        (
            'On the tape, Paul Okonkwo can be heard telling guests that the city had "wasted a decade on bad '
            'bonds."',
            "Paul Okonkwo",
        ),
        (
            "At the hearing, pressed by a senator about the missing funds, Director Paul Ames said the money "
            'was "accounted for, every cent of it."',
            "Paul Ames",
        ),
        (
            "In the letter, signed by all nine members of the board, the chairwoman, Irene Vasquez, said the "
            'budget was "a fiction dressed up as a plan."',
            "Irene Vasquez",
        ),
    ],
)
def test_subject_after_participle_phrase(text: str, speaker: str) -> None:
    assert [q.speaker for q in body(text)] == [speaker]


def test_past_only_forms_are_no_participles() -> None:
    # `came`, `ran`, `wrote`, `took`, `became` are past forms only: they open no participle's phrase.
    assert not {"came", "ran", "wrote", "took", "became"} & IRREGULAR_PARTICIPLES
    assert {"made", "held", "written", "taken"} <= IRREGULAR_PARTICIPLES
