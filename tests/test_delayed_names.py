"""A he/she that passes over a named person of the other sex and reaches the indefinite description
the story opened on (`A retired teacher has won …`, then `Mary Hollis, 64, said …`) is left without
a name: the description is most likely that same person. Invented strings only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body

_STORY = (
    '{}\n\nMary Tallon, 64, said she would keep her house. "I love it here," Tallon said.\n\n"{}," he said.'
)


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("A retired teacher has won the lottery.", None),
        ("A 40-year-old nurse from Pelby has been named volunteer of the year.", None),
        ("An office cleaner has won the lottery.", None),
        # a description that speaks, or one of the pronoun's sex: as before
        ("A police officer said the road was closed.", "a police officer"),
        ("A spokesman for the lottery declined to comment.", "a spokesman for the lottery"),
    ],
)
def test_a_he_past_a_woman_to_the_opening_description_is_none(opening: str, speaker: str | None) -> None:
    quotes = body(_STORY.format(opening, "It is a great story"))
    assert [q.speaker for q in quotes] == ["Mary Tallon", speaker]


def test_a_man_named_after_the_description_keeps_the_he() -> None:
    text = (
        "A retired teacher has won the lottery.\n\n"
        'John Tallon, 64, said he would keep his house. "I love it here," Tallon said.\n\n'
        '"It is a great story," he said.'
    )
    assert [q.speaker for q in body(text)] == ["John Tallon", "John Tallon"]
