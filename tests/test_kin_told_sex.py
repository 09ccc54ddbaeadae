"""A title of sex picks the one person of a shared surname of that sex, when the noun of kin before
the other's name tells their sex (`Ann Lee and her husband Robin Lee … Mrs Lee said`: Ann Lee)
(invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            'Ann Lee and her husband Robin Lee run the farm. "We will go," Mrs Lee said.',
            ["Ann Lee"],
        ),
        (
            'Ann Lee and her husband, Robin Lee, run the farm. Mrs Lee said "we will go."',
            ["Ann Lee"],
        ),
        (
            'Ivo Lee and his wife Kim Lee run the farm. "We will go," Mr Lee said.',
            ["Ivo Lee"],
        ),
        # the relative is of the title's sex, or no noun of kin tells: the surname alone, as before
        (
            'Ann Lee and her daughter Robin Lee run the farm. "We will go," Mrs Lee said.',
            ["Lee"],
        ),
        ('Ann Lee and Robin Lee run the farm. "We will go," Mrs Lee said.', ["Lee"]),
        # a child of the title's sex may be the one meant by neither
        (
            'Ivo Lee and his son Tom Lee, 8, run the farm. "We will go," Mr Lee said.',
            ["Lee"],
        ),
    ],
)
def test_a_title_of_sex_finds_the_one_of_that_sex(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in body(text)] == speakers
