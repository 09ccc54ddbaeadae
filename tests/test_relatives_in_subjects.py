"""A relative clause with its own named subject inside the main subject (`The aide who Tom Bell
fired said`): the clause's subject is not the speaker (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Frost came. The aide who former mayor Tom Bell fired said "the city was broke."', "the aide"),
        ('Frost came. The aide who former mayor Tom Bell fired said: "The city is broke."', "the aide"),
        (
            'Frost came. The aide whom Tom Bell hired told reporters the city was "broke and broken."',
            "the aide",
        ),
        ('Frost came. The clerk that Ann Lee appointed says the rolls are "a mess."', "the clerk"),
        ('Frost came. Ann Lee, who Tom Bell fired, said the city was "broke."', "Ann Lee"),
        # No relative clause in the subject: the names speak as before.
        ('Frost came. Ann Lee said that Tom Bell fired the aide who "knew too much."', "Ann Lee"),
        ('Frost came. The aide who worked for Tom Bell said the city was "broke."', "the aide"),
        ('Frost came. Ann Lee said the aide that Tom Bell fired was "a liar."', "Ann Lee"),
        ('Frost came. Many voters feel that Ann Lee kept saying "no."', "Ann Lee"),
        ('Frost came. The trouble was that Ann Lee kept saying "no."', "Ann Lee"),
    ],
)
def test_the_subject_of_a_relative_inside_the_subject_does_not_speak(text: str, speaker: str) -> None:
    assert [q.speaker for q in body(text)] == [speaker]
