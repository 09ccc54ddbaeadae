"""Which group a "they" speaker stands for (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in body(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Harbour fees will rise in June, port sources said. "The quay is too small," they said.',
            "port sources",
        ),
        (
            'The three Varnholm institutes cut their forecast. "Growth has stalled," they added.',
            "the three Varnholm institutes",
        ),
        (
            'Ivo Marsh and Ann Quell said the merger was off. "We could not agree on a price," they said.',
            "Ivo Marsh and Ann Quell",
        ),
        (
            'Dealers said the lira eased. They said demand was thin. "Nobody wants to buy," they added.',
            "dealers",
        ),
        (
            'But according to the Tarnbank economists, the slump is ending. "Orders are back," they said.',
            "the Tarnbank economists",
        ),
    ],
)
def test_they_stands_for_the_group_of_the_sentence_before(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # The latest subject is no group that speaks: nobody is named.
        'Analysts said rates would fall. Prices climbed all week. "It was a rout," they said.',
        # A single person before: a "they" is not that one person.
        'Ivo Marsh said the merger was off. "We could not agree on a price," they said.',
        # A group, then a single speaker in between: the latest sentence decides, and names no group.
        'Port sources said fees would rise. The harbour master agreed. "The quay is full," they said.',
    ],
)
def test_they_names_nobody_without_a_group_just_before(text: str) -> None:
    assert _speakers(text) == [None]
