"""A question put by a verb of asking (`a woman can be heard asking what the council would tell
families …. "…?"`): the verb inside the question is its content, never a cue, so the question's
subject (the council) never speaks the words after it. Invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    "text",
    [
        'On the tape a woman can be heard asking what the council would tell families in Elm Row. "Those '
        'are our neighbours, Paul. What do we tell them?"',
        "Later on the tape a woman can be heard asking what the council would tell families in Elm Row, "
        'where the pool closed last year. "Those are our neighbours, Paul. What do we tell them?"',
    ],
)
def test_question_subject_never_speaks(text: str) -> None:
    assert [q.speaker for q in body(text)] == ["a woman"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # An asker with a cue of its own, or a later clause's speaker: as before.
        (
            "Ann Lee asked what the council would tell families in Elm Row, where the pool closed last "
            'year. "Those are our neighbours. What do we tell them?"',
            "Ann Lee",
        ),
        (
            'One caller wondered how the board would explain the closure to parents. "Who decided this, '
            'and when?"',
            "one caller",
        ),
        (
            "Ann Lee asked the mayor what the council would say, and Tom Reed said the pool was "
            '"closed for good."',
            "Tom Reed",
        ),
        (
            'Asked what the council would tell families, Ann Lee said the pool was "closed for good."',
            "Ann Lee",
        ),
        # `when`, `if`, `who` open no question here; `and` or a new clause ends the question.
        ('Ivo Pratt asked for a recount when Nell Quist said the count was "clean."', "Nell Quist"),
        ('Ivo Pratt asked for a vote when the chairman said "time is up."', "the chairman"),
        ('Reporters asked whether the plan would work and Mayor Nell Quist said "it will."', "Nell Quist"),
        (
            'Ivo Pratt asked if the deal was done and Nell Quist told him it was "signed and sealed."',
            "Nell Quist",
        ),
        ('Ivo Pratt asked if Nell Quist would stay and she said "of course."', None),
        ('I asked what happened and Ivo Pratt told me "the mill is closing."', "Ivo Pratt"),
        ('When she was asked why she quit the mayor said "it was time."', "the mayor"),
    ],
)
def test_asker_speaks(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in body(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A speech that took place, asked about (no modal before its verb): its subject said it.
        ('Voters are asking why the senator claimed the tax was "temporary."', "the senator"),
        (
            'Parents are asking why the principal wrote in a letter that the school was "secure."',
            "the principal",
        ),
        ('Critics are asking why the chief wrote that the raid was "by the book."', "the chief"),
    ],
)
def test_speech_asked_about_is_its_subjects(text: str, speaker: str) -> None:
    assert [q.speaker for q in body(text)] == [speaker]
