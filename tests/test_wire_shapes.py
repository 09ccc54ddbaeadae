"""Wire-copy shapes of speakers met on unseen news: inverted tags opening a sentence, firms' names
before their employees, names ending in a possessive (invented names and sentences only)."""

from __future__ import annotations

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


def test_an_inverted_said_opening_a_sentence_is_no_part_of_the_name() -> None:
    text = 'Sales rose.\n\nSaid Tomas Brandeis, vice-president of Ketter Holmgren Inc, "The market will turn soon."'
    assert _speakers(text) == ["Tomas Brandeis"]
    # A name that opens with the same word keeps it when no quotation follows in its sentence.
    text = 'Talks began.\n\nSaid Omar Haddad, the envoy, arrived on Monday. "We will talk," Haddad said.'
    assert _speakers(text) == ["Said Omar Haddad"]
