"""A quote right after a group's verb of speech (`Several people shouted "…"`) has its own speakers,
no one person: the speaker of an earlier quote in the paragraph is not lent to it. Invented names and
sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _shown(text: str) -> list[tuple[str, str | None]]:
    return [(quote.text, quote.speaker) for quote in body(text)]


_OPENING = 'Mayor Ida Tull said the plan would "protect every family." '


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # The group's words are not the mayor's.
        (
            'Mayor Ida Tull said the new plan "protects every family." Several people shouted "No, it does '
            'not," and she paused for a minute.',
            [("protects every family.", "Ida Tull")],
        ),
        (
            'Mayor Ida Tull said the new plan "protects every family." Two voters yelled "No, it does not," '
            "and she paused.",
            [("protects every family.", "Ida Tull"), ("No, it does not,", "two voters")],  # (read as theirs)
        ),
        (
            _OPENING + 'Several people shouted "Not true," and she paused.',
            [("protect every family.", "Ida Tull")],
        ),
        (_OPENING + 'Two men yelled "Not true," and she paused.', [("protect every family.", "Ida Tull")]),
        # Not changed: a person's own verb, a group read as the speaker, no verb before the quote.
        (
            _OPENING + 'She then added "for now."',
            [("protect every family.", "Ida Tull"), ("for now.", "Ida Tull")],
        ),
        (
            _OPENING + 'Critics said it would "hurt renters."',
            [("protect every family.", "Ida Tull"), ("hurt renters.", "critics")],
        ),
    ],
)
def test_a_groups_shout_takes_no_neighbours_speaker(text: str, shown: list[tuple[str, str | None]]) -> None:
    assert _shown(text) == shown
