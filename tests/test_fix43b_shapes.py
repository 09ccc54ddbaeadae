"""Wrong speakers found by the fix43b review: a participle with a "by" agent after a noun is a
reduced passive, not a cue. Invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # `the remedies offered by X`: the noun is what was offered; the later tag names the speaker.
        (
            "Questioned about the remedies offered last month by Trade Minister Ilse Varno to lift farm "
            'output Pellan said he would not discuss the levy yet but "the core of her plan is sound."',
            ["Pellan"],
        ),
        (
            "Pressed on the terms proposed by the creditors, Nadia Pellan said she was not sure but "
            '"we will study every line."',
            ["Nadia Pellan"],
        ),
        (
            'The schedule drawn up by the council was late and Ovid Karr said "nobody told us."',
            ["Ovid Karr"],
        ),
        # Negatives: a "by" of manner or time after a body's verb of speech leaves it the speaker.
        ('The ministry said by telephone "we will sign the accord."', ["the ministry"]),
        ('The union said by March "we will have a deal."', ["the union"]),
        ('The agency announced by letter that "all flights" would stop.', ["the agency"]),
        ('A spokesman contacted by the paper said "we are worried."', ["a spokesman"]),
    ],
)
def test_agent_passive_is_no_cue(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # An object between the verb and "by": the verb is active, its subject speaks.
        ('The firm said the offer by the Marrow-led group was "plainly hostile."', ["the firm"]),
        ('The board called the bid by Tessel Holdings "wholly inadequate."', ["the board"]),
    ],
)
def test_object_before_by_keeps_the_cue(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers
