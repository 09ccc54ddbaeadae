"""A relative set off by a lone given name after a his/her (`His brother, Mark, said …`) who goes
on to speak is the he/she of the quote after, as one set off by a full name is; never the possessor.
Invented strings only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Tom Varrow, 44, died in June. His brother, Mark, said the mill had ignored warnings. "They knew," he said.',
            "Mark",
        ),
        (
            "Tessa Varrow runs the diner.\n\n"
            'Her mother, Joan, said it was typical. "She never liked being told no," she said.',
            "Joan",
        ),
        # the relative does not speak, only bids the possessor act, is dead or of the other sex: the
        # possessor goes on, as before
        (
            'Tom Varrow, 44, runs the mill. His brother, Mark, was abroad. "I ran it alone," he said.',
            "Tom Varrow",
        ),
        (
            'Tom Varrow, 44, runs the mill. His brother, Mark, told him to sell. "I refused," he said.',
            "Tom Varrow",
        ),
        # (`told him` something: the words that follow may be either man's; the relative's, as
        # before, where `told him to …` bids and speaks no words)
        (
            'Ivo Tam, 17, sells bread. His grandfather, Karl Berg, told him the recipe was secret. "I learned it in 1950," he said.',
            "Karl Berg",
        ),
        (
            'Tom Varrow, 44, runs the mill. His father, Karl, told reporters it would never close. "It won\'t," he said.',
            "Karl",
        ),
        (
            'Tom Varrow, 44, runs the mill. His late father, Karl, said it would last. "It has," he said.',
            "Tom Varrow",
        ),
        (
            'Tom Varrow, 44, runs the mill. His sister, Joan, said the bank had been slow. "I waited," he said.',
            "Tom Varrow",
        ),
    ],
)
def test_a_relative_set_off_by_a_given_name_who_speaks_is_the_pronoun(text: str, speaker: str) -> None:
    assert [q.speaker for q in body(text)] == [speaker]
