"""A subject described by a relative clause with no relative word (`The man Ann Vell fired said "…"`):
the name inside the clause never speaks for the noun; nobody is shown (invented names only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body

_WORDS = '"I was never given a reason for my dismissal."'


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (f"Rain fell. The man Ann Vell fired said {_WORDS}", [None]),
        (f"Rain fell. The aide Ann Vell fired last year said {_WORDS}", [None]),
        (f"Rain fell. A clerk Ann Vell hired said {_WORDS}", [None]),
        (f"Rain fell. The man Vell met told reporters {_WORDS}", [None]),
        ('Rain fell. The firm Ann Vell founded said "we were never given a reason for the ruling."', [None]),
        ('Rain fell. The report Ivo Marsh cited said "the harbour will close in May for repairs."', [None]),
        (f'Rain fell. {_WORDS[:-2]}," the man Ann Vell fired said.', [None]),
        # an apposition before the name's own verb: the name speaks, as before
        (f"Rain fell. The singer Ann Vell said {_WORDS}", ["Ann Vell"]),
        (f"Rain fell. The minister Ann Vell later said {_WORDS}", ["Ann Vell"]),
        (f"Rain fell. The minister Ann Vell has said {_WORDS}", ["Ann Vell"]),
        (f"Rain fell. The minister Ann Vell resigned and said {_WORDS}", ["Ann Vell"]),
        (f"Rain fell. The singer Ann Vell stepped down last week, saying {_WORDS}", ["Ann Vell"]),
        (f"Rain fell. The aide who Ann Vell fired said {_WORDS}", ["the aide"]),
        # the verb of speech with a subject or an auxiliary of its own is no main verb of the noun's
        (f"Rain fell. The actress Ann Vell admitted she said it: {_WORDS}", ["Ann Vell"]),
        (f"Rain fell. The defiant Ann Vell denied she said anything rude: {_WORDS}", ["Ann Vell"]),
        (f'Rain fell. {_WORDS[:-2]}," the veteran Ivo Marsh conceded he said.', ["Ivo Marsh"]),
        (f"Rain fell. The veteran Ivo Marsh denied ever having said it: {_WORDS}", ["Ivo Marsh"]),
        (f"Rain fell. The singer Ann Vell insisted nothing said there was rude: {_WORDS}", ["Ann Vell"]),
        (f"Rain fell. The embattled Ann Vell told reporters yesterday said {_WORDS}", ["Ann Vell"]),
        (f"Rain fell. The coach Ivo Marsh praised last season said {_WORDS}", [None]),
        (f"Rain fell. The clerk Ann Vell hired from Tarnco said {_WORDS}", [None]),
    ],
)
def test_a_name_inside_a_contact_relative_does_not_speak(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in body(text)] == speakers
