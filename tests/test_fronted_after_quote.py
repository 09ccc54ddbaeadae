"""An inverted tag opening the sentence after a quotation that closed its own (`"…." Said another
aide: "…"`) belongs to the quotation after it: invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            'The dairy manager said, "We still buy their milk." Said a second dairy worker who keeps the '
            'ledgers and who would spot a missed payment: "Nothing is owed."',
            ["the dairy manager", "a second dairy worker"],
        ),
        (
            'The Vellmark spokeswoman said, "We are still talking to them." Said another Vellmark official '
            'who knows the talks: "There are no snags."',
            ["the Vellmark spokeswoman", "another Vellmark official"],
        ),
        (
            'Ivo Marsh said, "We are still talking to them." Said Ona Pell, a trader: "There are no snags."',
            ["Ivo Marsh", "Ona Pell"],
        ),
        # A lower-case verb after the quote's comma is its own tag.
        ('"We are still talking to them," said another Vellmark official.', ["another Vellmark official"]),
    ],
)
def test_an_inverted_tag_opening_a_new_sentence_is_the_next_quotes(
    text: str, speakers: list[str | None]
) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a who-clause running from the name to the colon is no part of the name (fix37b)
        (
            'Oskar Delmont spoke first. "Rents will rise." Said Mira Tollan who was listening: "Nonsense."',
            ["Mira Tollan"],
        ),
        (
            'Oskar Delmont spoke first. Said Mira Tollan who sat nearby with her aide: "Nonsense."',
            ["Mira Tollan"],
        ),
        (
            'Oskar Delmont spoke first. "Rents will rise," he said. Said Mira Tollan who was listening: "No."',
            ["Oskar Delmont", "Mira Tollan"],
        ),
        ('Oskar Delmont spoke first. Said Mira Tollan, who was listening: "Nonsense."', ["Mira Tollan"]),
        ('Oskar Delmont spoke first. Said a grocer who was listening nearby: "Nonsense."', ["a grocer"]),
    ],
)
def test_an_inverted_tags_name_stops_at_its_who_clause(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers
