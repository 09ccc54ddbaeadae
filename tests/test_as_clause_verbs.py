"""A form that is mostly a noun ("notes", "states", "claims") closing an "as"-aside right before
the quotation is the aside's verb, its noun phrase the speaker. Invented sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body

_QUOTE = '"The rules were written in 1960 by farmers who wanted fair prices."'


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The aside's verb, with a determined or owned noun phrase before it.
        (f"The ruling matters, as the Harbour Union website notes: {_QUOTE}", "the Harbour Union website"),
        (f"The ruling matters, as the union's website notes: {_QUOTE}", "the union's website"),
        (f"The ruling matters, as Ann Vell's report notes: {_QUOTE}", "Ann Vell"),
        (f"It matters, as the farm union report notes: {_QUOTE}", "the farm union report"),
        (f"As the council's report states, {_QUOTE}", "the council's report"),
        (f"As its annual report notes: {_QUOTE}", "its annual report"),
        # The aside's paragraph ends at the colon: the quotation below is the same source's.
        (
            f"It is hard to overstate the ruling, as the Harbour Union website notes:\n\n{_QUOTE}",
            "the Harbour Union website",
        ),
    ],
)
def test_as_aside_verbs(text: str, speaker: str) -> None:
    assert [q.speaker for q in body(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # No aside: a phrase of "such as" or "as well as", or a noun no "as" leads to.
        f"The plan drew fire, such as the union's claims: {_QUOTE}",
        f"He praised it as well as the union's posts: {_QUOTE}",
        f"Lee described the plan as the union's claims, {_QUOTE}",
        f"The union's latest notes: {_QUOTE}",
        f"The mayor, as the union's notes of the talks, {_QUOTE}",
    ],
)
def test_no_aside_no_verb(text: str) -> None:
    assert all("union" not in str(q.speaker) for q in body(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Only a verb of saying in writing, after a writing, a source, an organisation or a person.
        (
            'The ruling matters, as the union\'s chief economist notes: "We are live now."',
            "the union's chief economist",
        ),
        # A thing that signals or states nothing in writing: the opening subject as before.
        ('Mara Tollen turns to the camera, as the red light signals: "We are live now."', "Mara Tollen"),
        ('Mara Tollen turns to the camera, as the studio light states: "We are live now."', "Mara Tollen"),
        ('Mara Tollen waits, as the floor manager signals: "We are live now."', "Mara Tollen"),
    ],
)
def test_as_aside_sources_only(text: str, speaker: str) -> None:
    assert [q.speaker for q in body(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # showing_aside is withdrawn: a record that shows what a person did never speaks her words.
        'Ann Vell refused to sign the deal, as the minutes show: "I will not put my name to this document."',
        'Ann Vell refused to sign the deal, as the records show: "I will not put my name to this document."',
        "Ann Vell refused to sign the deal, as the court's records show: \"I will not put my name to this "
        'document."',
        'Ann Vell refused to sign the deal, as the video shows: "I will not put my name to this document."',
    ],
)
def test_showing_aside_withdrawn(text: str) -> None:
    assert [q.speaker for q in body(text)] == ["Ann Vell"]
