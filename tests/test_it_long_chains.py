"""A chain of "it said" paragraphs longer than three reaches of the look back still ends at the
organisation that opened it (invented names and sentences only)."""

from __future__ import annotations

from tests.quote_helpers import body

_PARAGRAPH = (
    '"Dealers in the grain markets of the north were waiting to see whether the council could hold '
    "its members to their quotas, or whether the days of selling over the quota had come back "
    'again for the whole of the season,{n}" it said, referring to the talks held in Tarnby.\n'
)


def _chain(paragraphs: int) -> str:
    lead = "The Tarnby daily al-Vesna said the Kestrel grain council faced fresh pressure on prices.\n"
    return lead + "".join(_PARAGRAPH.format(n=" " + "very " * k) for k in range(paragraphs))


def test_a_long_chain_ends_at_its_organisation() -> None:
    assert [q.speaker for q in body(_chain(7))][-1] == "al-Vesna"


def test_a_short_chain_as_before() -> None:
    assert {q.speaker for q in body(_chain(3))} == {"al-Vesna"}


def test_a_chain_broken_by_another_body_stops_there() -> None:
    text = _chain(4) + "The Kestrel grain council said its members would keep to the quotas.\n" + _chain(4)
    assert [q.speaker for q in body(text)][-1] == "al-Vesna"
    text = _chain(2) + "Kestrel Grain Traders Ltd said its sales fell.\n" + _PARAGRAPH.format(n="")
    assert [q.speaker for q in body(text)][-1] == "Kestrel Grain Traders Ltd"
