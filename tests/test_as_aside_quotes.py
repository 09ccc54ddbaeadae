"""A writing's or a record's "as"-aside before words in the first person names no speaker of them:
a record speaks no I or we (`Ann Vell refused to sign, as the minutes note: "I will not …"` is Ann
Vell's). A person's or a body's aside, and a record's before words of no person, as before.
Invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body

_OWN = '"I will not put my name to this document."'


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"Ann Vell refused to sign the deal, as the minutes note: {_OWN}", "Ann Vell"),
        (f"Ann Vell refused to sign the deal, as the minutes state: {_OWN}", "Ann Vell"),
        (f"Ann Vell refused to sign the deal, as the council's report notes: {_OWN}", "Ann Vell"),
        # Words of no person: the record is the source, as before.
        ('Prices rose, as the minutes note: "Members saw risks."', "the minutes"),
        ('The strike goes on, as the union\'s website notes: "Talks have failed."', "the union's website"),
        # A person or a body says we: the aside's speaker, as before.
        (
            'The ruling matters, as the union\'s chief economist notes: "We are live now."',
            "the union's chief economist",
        ),
        ('The strike goes on, as the union notes: "We will not go back."', "the union"),
    ],
)
def test_record_voice(text: str, speaker: str) -> None:
    assert [q.speaker for q in body(text)] == [speaker]
