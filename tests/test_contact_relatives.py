"""A relative clause with no relative word inside reported speech (`said the plans Ann Lee outlined
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
            'Ada Moss, asked about her travel in Tarn, insisted the flights Tom Bell cited were "booked by my own office."',
            ["Ada Moss"],
        ),
        ('Ida Voss said the figures Ivo Marsh quoted were "made up out of thin air."', ["Ida Voss"]),
        (
            "Mayor Ruth Carney, standing outside City Hall, said the deal Ola Brandt unveiled would "
            '"never survive a vote."',
            ["Ruth Carney"],
        ),
        # A verb of saying takes the clause after it: the words are the name's (`the bill Lee says is`).
        ('Tom Bell backed the bill Ann Lee says is "a lifeline for farmers."', ["Ann Lee"]),
        ('Tom Bell backed the bill Ann Lee says will "save the family farm."', ["Ann Lee"]),
        ('Tom Bell backed the levy Ann Lee insisted could "pay for every school."', ["Ann Lee"]),
        ('Tom Bell backed the cuts Ann Lee warned could "gut the county clinics."', ["Ann Lee"]),
        ('Tom Bell backed the changes Ann Lee said were "long overdue for the county."', ["Ann Lee"]),
        # With no tag of the sentence's own outside the clause, the clause's verb is left as it was.
        ('The plan Ivo Marsh described was "a fantasy," Ida Voss said.', ["Ida Voss"]),
        ('Ivo Marsh described the trips as "paid for by donors."', ["Ivo Marsh"]),
    ],
)
def test_contact_relative(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers
