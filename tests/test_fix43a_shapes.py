"""Shapes found by the review42a review of the fix39a and fix39b mends: titles written with a full
stop, owners of a noun of speech, joints of two people, bodies named by a plural noun and roles kept.
Invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _found(text: str) -> list[tuple[str | None, str | None]]:
    return [(quote.speaker, quote.role) for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # An abbreviated rank or title inside a set-off name is no sentence end.
        (
            '"We hold the pass," said the unit\'s medic, Cpl. Orin Vell, on Monday.',
            [("Orin Vell", "the unit's medic")],
        ),
        (
            '"We hold the pass," said the unit\'s chief, Maj. Gen. Orin Vell, on Monday.',
            [("Orin Vell", "the unit's chief")],
        ),
        (
            '"We hold the pass," said the unit\'s cook, Pvt. Orin Vell, on Monday.',
            [("Orin Vell", "the unit's cook")],
        ),
        (
            '"We hold the pass," said the parish priest, Msgr. Orin Vell, on Monday.',
            [("Orin Vell", "the parish priest")],
        ),
        (
            '"We hold the pass," said the shop\'s owner, Mme. Ilse Vell, on Monday.',
            [("Ilse Vell", "the shop's owner")],
        ),
        (
            '"We hold the pass," said the firm\'s lawyer, Atty. Orin Vell, on Monday.',
            [("Orin Vell", "the firm's lawyer")],
        ),
        (
            '"We hold the pass," said the ward\'s member, Ald. Orin Vell, on Monday.',
            [("Orin Vell", "the ward's member")],
        ),
        (
            '"We hold the pass," said the firm\'s founder, Wm. Vell, on Monday.',
            [("Wm. Vell", "the firm's founder")],
        ),
        # Kept: a full stop after a surname still ends the sentence.
        (
            '"We hold the pass," said her rival, Ilse Vell. Bo Tarn, a voter, agreed.',
            [("Ilse Vell", "her rival")],
        ),
    ],
)
def test_an_abbreviated_title_inside_a_set_off_name(
    text: str, found: list[tuple[str | None, str | None]]
) -> None:
    assert _found(text) == found
