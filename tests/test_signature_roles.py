"""Signatures after a dash: a plain name signs, a byline or a lower-case role before a name does not
(invented text)."""

from __future__ import annotations

import pytest

from osceq.extract.layout import segment
from osceq.extract.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in extract_quotes(text, segment(text))]


@pytest.mark.parametrize(
    ("signed", "expected"),
    [
        # A lower-case role before a name after the dash signs nothing: it may be a byline's or the
        # person the quote is about, and it must not override a cue before the quote (review47; the
        # rule that read `— resident Joy Mapleton` as a signature was withdrawn).
        (
            'Mayor Tom Vane said: "We will rebuild the bridge by spring." — resident Joy Mapleton',
            ["Tom Vane"],
        ),
        ('"We were ignored again, as we always are." — commuter Tom Reeves', [None]),
        ('"We were ignored again, as we always are." — student Ann Lowry, Dover', [None]),
        # A plural noun and a sentence, or words that name no person, sign nothing.
        ('"We were ignored again, as we always are," — residents said.', ["residents"]),
        ('"We were ignored again, as we always are." — resident anger Grows', [None]),
        ('"We were ignored again, as we always are." — resident Of Dover', [None]),
    ],
)
def test_a_role_before_a_name_after_a_dash_signs_nothing(signed: str, expected: list[str | None]) -> None:
    text = f"Vote Held\n\nThe county board voted on Monday.\n\n{signed}"
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("signed", "expected"),
    [
        # A job at the paper after the dash is a byline: no signature.
        ('"We have no food left and no way to get more." — reporter Ann Lowry', [None]),
        ('"We have no food left and no way to get more." — Correspondent Ann Lowry', [None]),
        ('"We have no food left and no way to get more." — staff writer Ann Lowry', [None]),
        # After a byline the cue of the quotation's own before it names the speaker.
        (
            'Mayor Tom Vane said: "We have no food left and no way to get more." — reporter Ann Lowry',
            ["Tom Vane"],
        ),
        # A name with no job at the paper signs the quotation, whatever cue leads into it: a letter, a
        # message or a reader's words are often quoted so (`… wrote to him: "…" — Ann Lowry`).
        ('Mayor Tom Vane said: "We have no food left and no way to get more." — Ann Lowry', ["Ann Lowry"]),
        ('Mayor Tom Vane told us, "We have no food left and no way to get more." — Ann Lowry', ["Ann Lowry"]),
        ('On the mayor: "He has no plan and no way to get one." — Ann Lowry', ["Ann Lowry"]),
        (
            'Mayor Tom Vane said one resident wrote to him: "We have no food left for my boys." — Ann Lowry',
            ["Ann Lowry"],
        ),
        (
            'Mayor Tom Vane said his office had a letter from a mother of three: "We have no food left for '
            'my boys." — Ann Lowry, Delmar',
            ["Ann Lowry"],
        ),
        (
            'Mayor Tom Vane told the council about a letter he received, which said, "We have no food left '
            'for my boys." — Ann Lowry',
            ["Ann Lowry"],
        ),
        (
            'Mayor Tom Vane put it plainly: "We have no food left and no way to get more." — Ann Lowry',
            ["Ann Lowry"],
        ),
        (
            'As Mayor Tom Vane said on Friday, "We have no food left and no way to get more." — Ann Lowry',
            ["Ann Lowry"],
        ),
    ],
)
def test_a_byline_signs_nothing_and_a_name_signs_after_any_cue(
    signed: str, expected: list[str | None]
) -> None:
    text = f"Town Runs Dry\n\nThe town ran out of food on Monday.\n\n{signed}\n\nThe roads are closed."
    assert _speakers(text) == expected
