"""Fixes found in review: each test pins one general rule on invented newsroom sentences."""

from __future__ import annotations

import time

from osceq.extract.quote_kinds import quote_kind
from osceq.extract.quotemarks import Pair


def test_a_long_run_of_blanks_inside_the_lead_of_a_quote_is_stripped_in_linear_time() -> None:
    # A damaged page may pad a line with thousands of spaces; the lead's blank end is stripped with
    # str.rstrip, whose time does not grow with the square of a blank run that a word then ends.
    lead = "The mill" + " " * 20_000 + "reopened, \u200b "
    text = lead + '"We kept every loom."'
    pair = Pair(len(lead), len(lead) + 1, len(text) - 1, len(text), False, True)
    started = time.process_time()
    kind = quote_kind(text, pair, 0, len(text))
    assert time.process_time() - started < 0.5
    assert kind == "partial"
