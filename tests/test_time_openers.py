"""A sentence opening on the edge of a named day or month (`Late Thursday, Ann Lee posted …`): the
capitalised `Late` or `Early` is no name, so a he or she later in the sentence is the subject after
the comma. Invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # The time phrase before the comma; the pronoun is the subject's.
        (
            "Ola Brandt opened the forum. Early Tuesday, Hal Quist posted once more, now on Brandt, whom "
            'he dismissed as "yesterday\'s candidate."',
            ["Hal Quist"],
        ),
        (
            "Ola Brandt left early. Early Friday, Ruth Carney posted a reply, in which she called the "
            'plan "a mess."',
            ["Ruth Carney"],
        ),
        (
            "The board met at noon. Late Sunday, Ivo Marsh returned to the subject, and he called the "
            'budget "a fiction."',
            ["Ivo Marsh"],
        ),
        (
            "Tom Reyes spoke. Late in March, Ida Voss came back to it, and she called the deal "
            '"a gift to lobbyists."',
            ["Ida Voss"],
        ),
        # Not a time phrase: a person named so keeps the sentence.
        ('Kim Hale spoke. Early Wynn, the coach, arrived. He called the mayor "a fraud."', ["Early Wynn"]),
        ('Late Monday, Ray Dorsey said the vote was "a sham."', ["Ray Dorsey"]),
    ],
)
def test_time_opener(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers
