"""A sentence that only says somebody broke into the talk (`Ann Lee cut in.`) gives the quotation
right after it to that person. Invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            'Tom Bell praised the new bridge. Ann Lee cut in. "The county borrowed every cent of that money."',
            ["Ann Lee"],
        ),
        (
            'The moderator turned to Ivo Marsh. Ruth Carney chimed in. "He has never run anything."',
            ["Ruth Carney"],
        ),
        (
            'Ann Lee took the first question. Ola Brandt broke in again. "That is not what the bill says."',
            ["Ola Brandt"],
        ),
        # Other uses of the verbs, and a group, say nothing about the next words.
        ('Tom Bell spoke. Thieves broke in. "It was a mess," Ann Lee said.', ["Ann Lee"]),
        ('Ann Lee cut in line. "I was late," she said.', ["Ann Lee"]),
        # Only a person surely named (a given name, a title, a surname the article gave with one) or a
        # he or she; `broke in` and `jumped in` are as often an entry as a word, so only `again` counts.
        (
            'Ann Lee came home to a mess. Thieves broke in. "They took everything, even the kids\' bikes."',
            [None],
        ),
        ('The clerk left at six. Police broke in. "Nobody was inside the house when we got there."', [None]),
        ('The shed stood empty. Somebody broke in. "The lock is gone and so are the tools."', [None]),
        ('The levee held. Volunteers jumped in. "We filled sandbags all night long by the river."', [None]),
        ('The vote stalled. Republicans jumped in. "This bill is dead and everyone here knows it."', [None]),
        (
            'The vote stalled. Republicans jumped in again. "This bill is dead and everyone here knows it."',
            [None],
        ),
        ('The panel went on. Ivo Marsh broke in. "That is simply wrong, and he knows it."', [None]),
        (
            'The panel heard Sen. Hal Quist. Quist cut in. "That is simply wrong, and he knows it."',
            ["Hal Quist"],
        ),
        ('The panel heard Tarn Mills. Mills cut in. "That is simply wrong, and he knows it."', [None]),
        ('Gov. Ida Voss listened. She interrupted. "Not so fast, the vote is not over yet."', ["Ida Voss"]),
        (
            'The panel went on. Mayor Ada Moss interjected. "Not so fast, the vote is not over yet."',
            ["Ada Moss"],
        ),
    ],
)
def test_interjection(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers
