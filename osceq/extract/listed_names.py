"""Commas inside an organisation's name that lists its fields (`the Ministry of Trade, Industry and
Energy`): the comma joins two capitalised parts of one name when an "and" ends the list before the
name closes, so reading back from a verb does not stop there."""

from __future__ import annotations

from osceq.extract.tokens import Token, capitalised

# How many words the list may run on after the comma before its "and".
_REACH = 6


def list_comma(tokens: list[Token], k: int, close: int) -> bool:
    """Whether the comma at index k, before index close, sits between capitalised parts of a list
    that an "and" followed by a capitalised word ends before close (`Trade, Industry and Energy`)."""
    if tokens[k].text != "," or k == 0 or k + 1 >= close:
        return False
    if not capitalised(tokens[k - 1]) or not capitalised(tokens[k + 1]):
        return False
    for m in range(k + 2, min(close, k + 2 + _REACH)):
        word = tokens[m]
        if word.low == "and":
            return m + 1 < close and capitalised(tokens[m + 1])
        if not capitalised(word) and word.text != ",":
            return False
    return False
