"""A quote right after a group's verb of speech (`A few residents yelled "…"`) has its own speakers,
no one person: the speaker of an earlier quote in the paragraph is not lent to it. The group must be
a plural of people, not any word in -s (`always`, `perhaps`). Invented names and sentences only."""

from __future__ import annotations

import pytest

from osceq.extract.group_tags import group_tag_before
from osceq.extract.quotemarks import Pair
from tests.quote_helpers import body


def _shown(text: str) -> list[tuple[str, str | None]]:
    return [(quote.text, quote.speaker) for quote in body(text)]


_OPENING = 'Sen. Ivo Rusk told the hall the tax cut would "pay for itself." '


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # The group's words are not the senator's.
        (
            'Sen. Ivo Rusk told the hall the new levy "pays for itself." Many people yelled "Prove it," '
            "and he moved on to the next question.",
            [("pays for itself.", "Ivo Rusk")],
        ),
        (
            'Sen. Ivo Rusk told the hall the new levy "pays for itself." Three farmers shouted "Not for us," '
            "and he moved on.",
            [("pays for itself.", "Ivo Rusk"), ("Not for us,", "three farmers")],  # (read as theirs)
        ),
        (_OPENING + 'Several nurses shouted "Shame," and he moved on.', [("pay for itself.", "Ivo Rusk")]),
        (_OPENING + 'Two women yelled "Shame," and he moved on.', [("pay for itself.", "Ivo Rusk")]),
        # Not changed: a person's own verb, a group read as the speaker.
        (
            _OPENING + 'He then added "in time."',
            [("pay for itself.", "Ivo Rusk"), ("in time.", "Ivo Rusk")],
        ),
        (
            _OPENING + 'Critics said it would "gut the schools."',
            [("pay for itself.", "Ivo Rusk"), ("gut the schools.", "critics")],
        ),
    ],
)
def test_a_groups_shout_takes_no_neighbours_speaker(text: str, shown: list[tuple[str, str | None]]) -> None:
    assert _shown(text) == shown


@pytest.mark.parametrize(
    ("before", "group"),
    [
        ("A few residents yelled ", True),
        ("Several people shouted: ", True),
        ("Some parents chanted ", True),
        ("Two men cried ", True),
        # An adverb in -s before a person's verb is no group.
        ("She has always insisted ", False),
        ("He perhaps answered ", False),
        ("Rusk thus insisted ", False),
    ],
)
def test_a_group_is_a_plural_of_people(before: str, group: bool) -> None:
    text = before + '"No."'
    start = len(before)
    pair = Pair(start, start + 1, len(text) - 1, len(text), False, True)
    assert group_tag_before(text, pair) is group
