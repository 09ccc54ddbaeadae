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
    ("text", "words", "wrong"),
    [
        (
            "Ivo Rask's turn against the mayor started last week when Ada Dunn, in response to his crude "
            'remarks, accused him of having a "taste for spite."',
            "taste for spite.",
            "Ivo Rask",
        ),
        (
            "Tom Birk's feud with the council began in May when Lena Orr, still angry at the vote, "
            'accused the board of "bad faith and worse."',
            "bad faith and worse.",
            "Tom Birk",
        ),
    ],
)
def test_a_verb_past_a_clause_of_its_own_is_not_the_sentence_subjects(
    text: str, words: str, wrong: str
) -> None:
    assert _speakers(text).get(words) != wrong


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
            "Retired colonel Ivo Rask started the row when he brought up the strike and later said, "
            '"It is not just them."',
            "It is not just them.",
            "Ivo Rask",
        ),
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
