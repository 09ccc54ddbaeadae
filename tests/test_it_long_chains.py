"""A chain of "it said" paragraphs longer than three reaches of the look back still ends at the
organisation that opened it (invented names and sentences only)."""

from __future__ import annotations

from tests.quote_helpers import body

_PARAGRAPH = (
    '"Shipping agents along the river have been watching the port board for weeks, and they do not '
    "expect the berth fees to stay frozen past the first storms of the winter, when the habit of "
    'raising the fees has always come back,{n}" it said, referring to the board meeting in Harwick.\n'
)


def _chain(paragraphs: int) -> str:
    lead = "The Harwick weekly al-Marsad said tenants of the river port were angry with its board.\n"
    return lead + "".join(_PARAGRAPH.format(n=" " + "very " * k) for k in range(paragraphs))


def test_a_long_chain_ends_at_its_organisation() -> None:
    assert [q.speaker for q in body(_chain(7))][-1] == "al-Marsad"


def test_a_short_chain_as_before() -> None:
    assert {q.speaker for q in body(_chain(3))} == {"al-Marsad"}


def test_a_chain_broken_by_another_body_stops_there() -> None:
    text = _chain(4) + "The river port board said its fees would stay frozen until spring.\n" + _chain(4)
    assert [q.speaker for q in body(text)][-1] == "al-Marsad"
    text = _chain(2) + "Harwick River Freight Ltd said its cargo fell.\n" + _PARAGRAPH.format(n="")
    assert [q.speaker for q in body(text)][-1] == "Harwick River Freight Ltd"
