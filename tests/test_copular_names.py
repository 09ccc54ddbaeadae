"""A name after "is"/"was" completing a described subject (`The early favorite is Sen. Otto Brandt,
who …`) is the person the sentence is about, the he or she of the next quote, though the sentence
names another person too. Invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


_OPENING = 'One senior aide described the day as "chaos."\n\n'


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # The person after "is": the he of the next quote, not the last speaker.
        (
            _OPENING + "The early favorite is Sen. Otto Brandt of Lindell, who lost on Ida Marsh's ticket. "
            'He said he was "thinking seriously" about a bid.',
            ["one senior aide", "Otto Brandt"],
        ),
        (
            _OPENING + "The likely winner was Otto Brandt, who beat Ida Marsh's choice. "
            'He said the result was "humbling."',
            ["one senior aide", "Otto Brandt"],
        ),
        # Not changed: a possessor after "is", a thing after "is".
        (
            _OPENING + "The problem is Otto Brandt's plan, which lost on Ida Marsh's ticket. "
            'He said he was "thinking seriously" about a bid.',
            ["one senior aide", "one senior aide"],
        ),
        (
            _OPENING + "The problem is Congress, which blocked Ida Marsh's bill. "
            'He said he was "thinking seriously" about a bid.',
            ["one senior aide", "one senior aide"],
        ),
    ],
)
def test_a_name_after_is_is_whom_the_sentence_is_about(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers
