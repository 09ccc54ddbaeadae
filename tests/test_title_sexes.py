"""A title and surname of one sex shown as the full name of a person of the other is withheld:
nobody (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ('When Mr. Odo Flint finished, Mrs. Flint added: "He is right."', [None]),
        ('When Mrs. Ada Flint finished, Mr. Flint added: "She is right."', [None]),
        ('Sir Odo Flint spoke. Lady Flint said: "He is right."', [None]),
        # the same sex, or a sex the text does not give, as before
        ('Ann Flint spoke first. Mrs. Flint added: "It is right."', ["Ann Flint"]),
        ('Mr. Odo Flint spoke first. Mr. Flint added: "It is right."', ["Odo Flint"]),
        ('Ann Flint, the mayor, spoke. "It is right," Ms. Flint said.', ["Ann Flint"]),
        ('Odo Flint spoke first. Mrs. Flint added: "He is right."', ["Odo Flint"]),
        # a title's possessive before a description is no title and surname
        ('"We stand with them," Ms. Flint\'s spokesman, Tom Reed, wrote on Monday.', ["Tom Reed"]),
    ],
)
def test_a_title_of_the_other_sex_is_withheld(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in body(text)] == speakers
