"""`put at` gives a count or an estimate (`a crowd police put at 3,000`, `losses put at $2 million`),
never speech: it is no reporting verb, so the sentence's own tag speaks. Invented names and sentences
only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Ann Ruiz took the stage. She looked out at a crowd that fire officials put at 3,000, and "
            'told them the board had "no idea what is coming."',
            ["Ann Ruiz"],
        ),
        (
            "Mayor Tom Okafor walked the flooded street, where losses that insurers put at $2 million "
            'had left shop owners "close to despair," and promised help.',
            # (no tag and nobody who said them: a short phrase read as a scare quote, so no quotation
            # at all; above all the insurers' estimate gives it no speaker)
            [],
        ),
        (
            'Ida Voss faced a crowd organizers put at 5,000. "We are not going anywhere," she said.',
            ["Ida Voss"],
        ),
        # "put" as speech stays: `as she put it`, `put it bluntly`.
        ('The plan was, as Ida Voss put it, "a tax on breathing."', ["Ida Voss"]),
        ('Ivo Marsh put it bluntly: "The deal is dead."', ["Ivo Marsh"]),
    ],
)
def test_put_at(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers
