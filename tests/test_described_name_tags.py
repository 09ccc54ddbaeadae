"""A tag after a cry or a question made of a description completed by a phrase, the name set off
after it, and the verb (`"…!" a delegate from Marrow County, Bettina Sloane, shouted into a
microphone`): the name speaks. Invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The motion passed on a voice vote. "You counted the ayes before anyone had a chance to speak!" '
            "a Hollins delegate from Marrow County, Bettina Sloane, shouted into a floor microphone during "
            "the first hour.",
            "Bettina Sloane",
        ),
        (
            'Then it got loud. "Who wrote these rules?" a delegate from the county, Bettina Sloane, asked.',
            "Bettina Sloane",
        ),
        # No name set off after the phrase, or an aside that is a clause: as before.
        (
            'Then it got loud. "Who wrote these rules?" a delegate from Marrow County asked.',
            "a delegate from Marrow County",
        ),
        ('"We are not done yet," an aide to Ann Lee, a senator from Tarn, said.', "an aide to Ann Lee"),
        (
            '"We are not done yet," a spokesman for Tarn Holdings, which owns the mill, said.',
            "a spokesman for Tarn Holdings",
        ),
    ],
)
def test_described_name_tag(text: str, speaker: str) -> None:
    assert [q.speaker for q in body(text)] == [speaker]
