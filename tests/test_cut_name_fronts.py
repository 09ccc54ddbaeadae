"""A name whose front word was cut off is no speaker as the tail left: a capitalised possessive
(`Your Vote Counts said`, `A Save Our Harbor spokeswoman said`) (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in body(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # the possessive opens the group's name: the whole name speaks
        ('Rain fell. Your Vote Counts said "we will go."', ["Your Vote Counts"]),
        ('Rain fell. Our Town Matters said "we will go."', ["Our Town Matters"]),
        ('Rain fell. "We will go," said Our Town Matters.', ["Our Town Matters"]),
        # the name before a description was cut inside: nobody rather than the tail
        ('Rain fell. A Save Our Harbor spokeswoman said "we will go."', [None]),
    ],
)
def test_a_cut_name_is_no_speaker_as_its_tail(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ('Rain fell. "We will go," a Save Our Harbor spokeswoman said.', ["a Save Our Harbor spokeswoman"]),
        ('Rain fell. Save Our Harbor said "we will go."', ["Save Our Harbor"]),
        ('Rain fell. Keep Our Parks spokesman Ivo Pask said "we will go."', ["Ivo Pask"]),
        ('Rain fell. Our correspondent Ivo Pask said "we will go."', ["Ivo Pask"]),
    ],
)
def test_whole_names_keep_their_speakers(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers
