"""A clause of its own opened after the main verb by a subordinator that never heads a phrase
(when, while, because, although, though, whenever, whereas) ends the main clause's reach: a verb
of beginning is not led into speech by a participle beyond it, and a verb in that clause is not the
sentence subject's (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> dict[str, str | None]:
    return {quote.text: quote.speaker for quote in body(text)}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Hana Reyes's slide in the polls began in the summer when Ola Brandt, in a debate on the radio, "
            'accused her of taking "money from both sides."',
            "money from both sides.",
        ),
        (
            "The Lund family's quarrel with the builder started in 2019 when Ola Brandt, in a letter to the "
            'paper, accused them of having "cut every corner."',
            "cut every corner.",
        ),
        (
            "The feud between the two ministers erupted while Sela Voor, standing by the door, called the "
            'plan "pure theatre."',
            "pure theatre.",
        ),
    ],
)
def test_a_verb_past_a_clause_of_its_own_is_not_the_sentence_subjects(text: str, words: str) -> None:
    assert _speakers(text).get(words) is None


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            'Ivo Rask began an ad campaign praising the "quiet strength" of the town.',
            "quiet strength",
            "Ivo Rask",
        ),
        ('Ivo Rask went after Ada Dunn, calling her "a total stiff."', "a total stiff.", "Ivo Rask"),
        (
            'Ada Dunn began her speech before the board by slamming those who think they can "outsource" '
            "the work.",
            "outsource",
            "Ada Dunn",
        ),
        (
            'Coach Jonas Veer stunned the room when he stood up and said, "We had no warning at all."',
            "We had no warning at all.",
            "Jonas Veer",
        ),
        (
            'Mayor Ann Roe, when she was asked about the plan, told reporters it was "dead."',
            "dead.",
            "Ann Roe",
        ),
        ('The senator, because she had been ill, said the vote was "a relief."', "a relief.", "the senator"),
        ('Ann Roe, while Tom Lee looked on, called the result "a triumph."', "a triumph.", "Ann Roe"),
        ('Ann Roe, speaking while Tom Lee watched, said the deal was "dead."', "dead.", "Ann Roe"),
        (
            "A senior aide from the other side, who spoke on condition of anonymity because she was not "
            'authorised to brief the press, said his patience was "not unlimited."',
            "not unlimited.",
            "a senior aide",
        ),
    ],
)
def test_a_verb_before_or_joined_past_such_a_clause_keeps_its_speaker(
    text: str, words: str, speaker: str
) -> None:
    assert _speakers(text).get(words) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # `, then` joins the verb to the main clause again, past the `when`/`while` clause.
        ('Ann Roe smiled while Tom Lee spoke, then described his speech as "fiction."', "Ann Roe"),
        ('Ann Roe nodded when Tom Lee finished, then called the plan "bold."', "Ann Roe"),
    ],
)
def test_then_joins_the_main_clause_again(text: str, speaker: str) -> None:
    assert [q.speaker for q in body(text)] == [speaker]
