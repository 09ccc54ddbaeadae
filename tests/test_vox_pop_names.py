"""A given name written alone with an age set off after it (`Marcus, 31, a warehouse supervisor,`), as
vox pops and voter panels name people, is a person's name: the next he or she of that sex is theirs,
not a candidate's named paragraphs before (invented names and sentences only)."""

from __future__ import annotations

import pytest

from osceq.extract.lone_given_names import lone_given_name_gender
from tests.quote_helpers import body

_DEBATE = "The debate between Gordon Pell and Abigail Moreno ended late.\n\n"


@pytest.mark.parametrize(
    ("panel", "speakers"),
    [
        ('Marcus, 31, a warehouse supervisor, disagreed. "I wrote it down," he said.', ["Marcus"]),
        (
            'Jeff, 45, who owns a landscaping company, was unmoved. "I care about my taxes," he said.',
            ["Jeff"],
        ),
        (
            'Karen, 54, a nurse, was not sure. "She talked like somebody who has read about it," she said.',
            ["Karen"],
        ),
    ],
)
def test_a_given_name_with_an_age_takes_the_next_pronoun(panel: str, speakers: list[str]) -> None:
    assert [quote.speaker for quote in body(_DEBATE + panel)] == speakers


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("Marcus, 31, a warehouse supervisor, disagreed.", "m"),
        ("Karen, 54, said so.", "f"),
        ("Marcus, 2016, was a good year for the firm.", None),
        ("Karen, 120, is no age.", None),
    ],
)
def test_an_age_after_a_given_name_makes_it_a_persons(text: str, gender: str | None) -> None:
    assert lone_given_name_gender(text, text.split(",")[0]) == gender
