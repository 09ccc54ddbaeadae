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
    ],
)
def test_a_name_inside_a_contact_relative_does_not_speak(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in body(text)] == speakers
