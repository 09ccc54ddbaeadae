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


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the text between ties the description to the pronoun's sex, the woman after it is another
        # person (an official, its lawyer), or the description's sentence is its own speech
        (
            "A Pelby farmer has sued the council over flooding. His lawyer, Ann Roe, said the drains failed."
            '\n\n"My fields were under water," he said.',
            "a Pelby farmer",
        ),
        (
            "A Pelby farmer has sued the council over flooding. His lawyer, Ann Roe, 45, said the drains "
            'failed.\n\n"My fields were under water," he said.',
            "a Pelby farmer",
        ),
        (
            "A Pelby farmer has sued the council over flooding. Ann Roe, the council's lawyer, said the "
            'claim would fail.\n\n"My fields were under water," he said.',
            "a Pelby farmer",
        ),
        (
            "An aide to the minister has resigned over the leak. Minister Ann Roe said she accepted the "
            'resignation.\n\n"I did nothing wrong," he said.',
            "an aide",
        ),
        (
            "A pensioner who lives nearby said the plant stank. Councillor Ann Roe said the smell was "
            'being checked.\n\n"It is unbearable at night," he said.',
            "a pensioner",
        ),
        (
            "A pensioner, 80, told police he had been robbed. Sergeant Ann Hill said the thief fled.\n\n"
            '"I was terrified," he said.',
            "a pensioner",
        ),
    ],
)
def test_a_description_tied_to_the_pronouns_sex_or_speaking_keeps_the_he(text: str, speaker: str) -> None:
    assert [q.speaker for q in body(text)] == [speaker]
