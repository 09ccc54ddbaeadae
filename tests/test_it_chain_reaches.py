"""An "it" chain whose look back ends a reach on a sentence it passes over (a plural subject)
goes on back from there, as from a sentence of the "it" itself (invented names and sentences
only)."""

from __future__ import annotations

from tests.quote_helpers import body

_LEAD = (
    "KESTREL, May 4 - The grain council's hold on prices faces fresh tests in the coming weeks, "
    "the Tarnby daily al-Vesna said.\n"
    "It did not say whether only the council or other growers were behind the rise in supplies.\n"
    "The dealers were quoted as saying that after the council had in March shown its will to "
    "keep to the quota deal, some of its members had raised their sales last week, and that "
    "more of them would do so in June unless prices in the northern markets rose again soon and "
    "later and later. "
    "It gave no details.\n"
)
_QUOTE = (
    '"Dealers in the grain markets were now waiting to see whether the council was able to hold '
    "its members to the quotas, or whether the days of cheating and selling over the quotas "
    'had begun anew in the north and on the coast,{n}" it said.\n'
)


def test_a_reach_ending_on_a_passed_sentence() -> None:
    text = _LEAD + _QUOTE.format(n="") + _QUOTE.format(n=" again")
    assert [q.speaker for q in body(text)] == ["al-Vesna", "al-Vesna"]


def test_another_body_between_is_the_it() -> None:
    text = _LEAD + "Kestrel Grain Traders Ltd said its sales fell.\n" + _QUOTE.format(n="")
    assert [q.speaker for q in body(text)] == ["Kestrel Grain Traders Ltd"]
