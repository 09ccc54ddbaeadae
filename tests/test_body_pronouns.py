"""A he or she resolved to a firm's or a club's name is withheld: nobody (invented names and
sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            'Ivo Marsh sued Tarn Llc last year. On Monday, Tarn Llc called the claim baseless. "We will fight it," he said.',
            [None],
        ),
        (
            'Ivo Marsh was fired in May. Kell United said it would name a new coach soon. "We thank him," he said.',
            [None],
        ),
        (
            'Ed Dale was sacked in May. Kestrel Rovers said it would appoint a new coach soon. "We thank him," he said.',
            [None],
        ),
        # a given name before a surname that is also a body's word is a person, as before
        ('Kim Sa won the race on Sunday. "It was hard," he said.', ["Kim Sa"]),
        ('Tom Albion won the race on Sunday. "It was hard," he said.', ["Tom Albion"]),
        # a name read for a name, and a he who is a man, as before
        ('Tarn Llc called the claim baseless. "We will fight it," Tarn Llc said.', ["Tarn Llc"]),
        ('Ivo Marsh sued Tarn Llc. "We will win," he said.', ["Ivo Marsh"]),
        (
            'A spokesman for Kell United said the club was calm. "We thank him," he said.',
            ["a spokesman for Kell United"],
        ),
        (
            'Ed Dale was sacked in May. Kell United manager Tom Reed said a coach would come. "We thank him," he said.',
            ["Tom Reed"],
        ),
    ],
)
def test_a_he_or_she_resolved_to_a_firm_is_withheld(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in body(text)] == speakers
