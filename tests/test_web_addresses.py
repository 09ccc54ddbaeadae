"""A web address written as a name (`Kestrel.com`) is one word: its dots end no sentence, so the
tag after a quotation reads on past it, and the speaker shows it as written. Invented sentences
only."""

from __future__ import annotations

import pytest

from osceq.extract.tokens import tokenize
from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ('"The tide is turning," Ann Vell, who founded tidewatch.com, said on Wednesday.', ["Ann Vell"]),
        (
            '"The tide is turning in the valley," a spokesman for Kestrel.com said.',
            ["a spokesman for Kestrel.com"],
        ),
        ('"The tide is turning in the valley," Ann Vell of harbour-watch.org said.', ["Ann Vell"]),
        (
            '"The tide is turning in the valley," Ann Vell, the analyst who runs tidewatch.com tweeted.',
            ["Ann Vell"],
        ),
        # A full stop after the address still ends the sentence.
        ('Ann Vell runs tidewatch.com. "The tide is turning in the valley," Tom Orrin said.', ["Tom Orrin"]),
    ],
)
def test_tags_read_past_addresses(text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in body(text)] == speakers


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("at Kestrel.com today", ["at", "Kestrel.com", "today"]),
        ("on www.tide-watch.org.", ["on", "www.tide-watch.org", "."]),
        # No address: initials, times, a country's ending, a full stop before a new word.
        ("the U.S. site", ["the", "U", ".", "S", ".", "site"]),
        ("at 5 p.m. on", ["at", "5", "p", ".", "m", ".", "on"]),
        ("tidewatch.com.au is", ["tidewatch", ".", "com", ".", "au", "is"]),
        ("It ended. Then", ["It", "ended", ".", "Then"]),
    ],
)
def test_address_tokens(text: str, words: list[str]) -> None:
    assert [t.text for t in tokenize(text, 0, len(text))] == words
