"""A writing that opens its clause and finds what the quotation says is the source of the words
(`The audit found "…"`, `A 2014 council report found that "…"`). Invented sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body

_FOUND = '"no evidence of an order to close the harbour."'


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (f"The audit found {_FOUND}", ["the audit"]),
        (f"A 2014 harbour council report found {_FOUND}", ["a 2014 harbour council report"]),
        (f"The council's report found that {_FOUND}", ["the council's report"]),
        (f"In May, the audit found {_FOUND}", ["the audit"]),
        (f"Ann Vell's audit found {_FOUND}", ["Ann Vell"]),
        # The writing must open the clause (the main verb's subject speaks), and be a writing.
        (f"Tom Orrin said the audit found {_FOUND}", ["Tom Orrin"]),
        ('The audit found "no order," Tom Orrin said.', ["Tom Orrin"]),
        (f"The report of the council found {_FOUND}", [None]),
        (f"The harbour pilots found {_FOUND}", [None]),
        (f"Ann Vell found {_FOUND}", [None]),
    ],
)
def test_writings_that_find(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in body(text)] == speakers
