"""An "as" aside between the main clause and the quotation: one that only looks on (`Tom Orrin spoke,
as the crowd watched: "…"`) never gives its subject as the speaker, and one that brings the quotation
in (`Prices rose, as the Board's figures show: "…"`) never gives the main clause's subject (invented
names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body

_WORDS = '"We will not leave this square until the council listens."'
_FIGURES = '"Nobody expected a jump this large in one month." Food prices led the rise.'


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (f"Ivo Marsh spoke, as the crowd watched: {_WORDS}", [None]),
        (f"Ivo Marsh spoke as the crowd watched: {_WORDS}", [None]),
        (f"Ivo Marsh spoke while the crowd watched: {_WORDS}", [None]),
        (f"Ivo Marsh smiled, as the crowd waited: {_WORDS}", [None]),
        (f"Prices rose again, as the Board's latest figures show: {_FIGURES}", [None]),
        (f"Prices rose again, as the figures show: {_FIGURES}", [None]),
        (f"Prices rose again, as the Board notes: {_FIGURES}", [None]),
        (f"The index rose again, as the Board's figures show: {_FIGURES}", [None]),
        # a person, or a body, whose words the aside shows speaks them, as before
        (f"Ann Vell refused to sign, as the Board's minutes show: {_FIGURES}", ["Ann Vell"]),
        (f"The minister refused to sign, as the Board's minutes show: {_FIGURES}", ["the minister"]),
        (f"Ivo Marsh spoke. Marsh refused to sign, as the Board's minutes show: {_FIGURES}", ["Ivo Marsh"]),
        # the main clause's verb of speech, or an aside's own verb of speech, as before
        (f"Ivo Marsh shouted to the crowd, as the police watched: {_WORDS}", ["Ivo Marsh"]),
        (f"Ivo Marsh spoke, as the crowd looked on: {_WORDS}", ["Ivo Marsh"]),
        # a crowd that jeers or chants may shout the words itself, as before
        (
            'Ivo Marsh circled the boat as his friends jeered, "Farewell, farewell to you all!"',
            ["his friends"],
        ),
        (f"As the crowd watched, Ivo Marsh shouted: {_WORDS}", ["Ivo Marsh"]),
        (f"The crowd watched as Ivo Marsh shouted: {_WORDS}", ["Ivo Marsh"]),
        (f"Prices rose again, as Ann Vell said: {_FIGURES}", ["Ann Vell"]),
        (f"Prices rose again, as the Board's website notes: {_FIGURES}", ["the Board's website"]),
        (f"Prices rose again, as the Board's figures showed: {_FIGURES}", ["the Board's figures"]),
        (f"Prices rose again, as the Tarn Board notes: {_FIGURES}", ["Tarn Board"]),
        # a crowd that gathers, stands or sits may chant the words; a surname that is also a common
        # word is no thing: both speak, as before
        ('Police moved in as protesters gathered: "Free Pelby! Free Pelby!"', ["protesters"]),
        ('Police moved in as the crowd gathered: "Fair pay now! Fair pay now!"', ["the crowd"]),
        (
            'Hunt refused to sign, as the minutes show: "I will not be party to this." The hunt for a deal goes on.',
            ["Hunt"],
        ),
        (f"Shares fell again, as the Board's figures show: {_FIGURES} Trading in shares was thin.", [None]),
    ],
)
def test_an_as_aside_gives_no_wrong_clause_speaker(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in body(text)] == speakers
