"""A relative clause with no relative word inside reported speech (`said the trips Tom Bell described
had been "…"`): the clause's verb is no tag; the main clause's subject speaks. Invented names and
sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            'Ada Moss, speaking to reporters in Tarn, said the trips Tom Bell described had been "paid for by me."',
            ["Ada Moss"],
        ),
        ('Ida Voss said the figures Ivo Marsh cited were "made up out of thin air."', ["Ida Voss"]),
        (
            "Mayor Ruth Carney, standing outside City Hall, said the deal Ola Brandt announced would "
            '"never survive a vote."',
            ["Ruth Carney"],
        ),
        # A clause's verb with a quote of its own, or a tag of its own, is left as it was.
        ('Ivo Marsh described the trips as "paid for by donors."', ["Ivo Marsh"]),
        ('The plan Ivo Marsh described was "a fantasy," Ida Voss said.', ["Ida Voss"]),
    ],
)
def test_contact_relative(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers
