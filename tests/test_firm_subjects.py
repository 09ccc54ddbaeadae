"""A subject that looks like a person's two names but that the article writes with a firm's ending
(`Harlow Brennan Inc`) is no he or she: invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Harlow Brennan Inc makes valves in Dunmere. Harlow Brennan cut 200 jobs on Monday. "We had '
            'no choice," he said.',
            None,
        ),
        (
            "Ivo Marsh, an analyst at Tarn Securities, said the bid was low. Shares of Harlow Brennan "
            'Inc rose. Harlow Brennan was trading at 12. "It will go higher," he said.',
            "Ivo Marsh",
        ),
        # A person's name, whatever firm bears it: a given name opens it, a title stands before it,
        # or it ends a fuller name of the article.
        (
            'Ivo Marsh founded Ivo Marsh Inc in 1960. Ivo Marsh still runs it. "We had no choice," he said.',
            "Ivo Marsh",
        ),
        (
            "Harlow Brennan Inc makes valves. Mr. Harlow Brennan, its founder, cut 200 jobs. "
            '"We had no choice," he said.',
            "Harlow Brennan",
        ),
        (
            "Ole T. Brennan, chairman of Brennan Capital Corp, wrote to the board. Brennan said the bid "
            'was fair. "It is a good price," he said.',
            "Ole T. Brennan",
        ),
        ('Harlow Brennan cut 200 jobs on Monday. "We had no choice," he said.', "Harlow Brennan"),
    ],
)
def test_a_subject_written_with_a_firms_ending_is_no_he(text: str, speaker: str | None) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a firm that said something stands between: the he is its unnamed spokesman (fix37b)
        (
            "Oskar Delmont, an analyst at Pellby Securities, said ferry sales fell in May. Gask Ardley said "
            "its profits rose by a tenth, according to Gask Ardley Corp's filing. "
            '"We are pleased with the quarter," he said.',
            None,
        ),
        (
            "Mira Tollan, a broker at Pellby Securities, said ferry sales fell. Gask Ardley says its orders "
            'doubled, Gask Ardley Inc reported. "We are busy," she said.',
            None,
        ),
        # a firm that only did something does not: the named person before it stays the he
        (
            "Oskar Delmont, an analyst at Pellby Securities, said ferry sales fell in May. Gask Ardley "
            'was trading at 12, according to Gask Ardley Corp\'s filing. "It will go higher," he said.',
            "Oskar Delmont",
        ),
        # a name written with a firm's ending stays the firm's, whatever it said: no person to be the he
        (
            "Tarrow Halloway Inc shares rose. Tarrow Halloway said on Monday he would retire in June. "
            '"It is time," he said.',
            None,
        ),
        (
            'Tarrow Halloway Inc shares rose. Tarrow Halloway said it would cut jobs. "It is time," he said.',
            None,
        ),
        # a firm saying that he or she will go speaks of the person named before, who stays the he
        (
            "Dana Quell has led Brackwater Foods Ltd since it was founded. Brackwater Foods said on Friday "
            'she would leave in March.\n"I want to sail round the world before I am too old," she said.',
            "Dana Quell",
        ),
        (
            "Oskar Delmont, the founder of Pellby Mills Group, toured the plant. Pellby Mills said he "
            'would hand over to his son.\n"The boy is ready," he said.',
            "Oskar Delmont",
        ),
    ],
)
def test_a_firm_that_said_stands_between(text: str, speaker: str | None) -> None:
    assert _speakers(text) == [speaker]
