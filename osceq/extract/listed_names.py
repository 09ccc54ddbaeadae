"""Commas inside an organisation's name that lists its fields (`the Ministry of Trade, Industry and
Energy`): the comma joins two capitalised parts of one name when an "and" ends the list before the
name closes, so reading back from a verb does not stop there."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract.tokens import Token, capitalised, is_word, owner_inside_name

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


def field_list_comma(tokens: list[Token], k: int, close: int) -> bool:
    """A list comma in a name of the shape `Ministry of Trade, Industry and Energy`, the list's "and"
    at close at the latest: one to three capitalised words after "of", itself after a capitalised
    word, stand before it (not `Ann Lee, Bo Park and Cy Roe`, a list of names)."""
    if tokens[k].text != "," or k == 0 or not capitalised(tokens[k + 1]):
        return False
    m = k + 2
    while m <= close and m < len(tokens) - 1 and capitalised(tokens[m]):
        m += 1
    if m > close or tokens[m].low != "and" or not capitalised(tokens[m + 1]):
        return False
    m = k - 1
    while m > 0 and k - m <= 3 and capitalised(tokens[m]):
        m -= 1
    return m < k - 1 and m > 0 and tokens[m].low == "of" and capitalised(tokens[m - 1])


# How many more capitalised words of a body's name may stand before an office's (`Inland Shipping`).
_FIELD_REACH = 3


def office_field_start(tokens: list[Token], i: int) -> int:
    """Where the capitalised name of a body starts when reading back from a name stopped inside it,
    before a lower-case office (`Inland Shipping chief Lena Varga`: from `Shipping` back to
    `Inland`); i when token i is not such a capitalised word."""
    if i + 1 >= len(tokens) or not capitalised(tokens[i]) or capitalised(tokens[i + 1]):
        return i
    k = i
    while k > 0 and i - k < _FIELD_REACH and _field_word(tokens, k - 1):
        k -= 1
    return k


_NO_FIELD_WORDS = fw.NOT_NAME_WORDS | fw.NP_STOP | fw.SENTENCE_ADVERBS | fw.PREPOSITIONS


def _field_word(tokens: list[Token], m: int) -> bool:
    """Whether token m is a capitalised word that may open a body's name: no function word, sentence
    adverb or preposition (`But`, `Separately`, `Like`), no dateline in capitals opening the sentence
    (`TARNVILLE Kestrel spokesman`), no object of `close to` (`sources close to Kestrel`); a
    capitalised possessive inside the name goes on it (`Save Our Harbor member Ann Lee`)."""
    token = tokens[m]
    if owner_inside_name(tokens, m):
        return True
    if not (capitalised(token) and is_word(token)) or token.low in _NO_FIELD_WORDS:
        return False
    if m == 0 or tokens[m - 1].text in ".!?":
        return not (len(token.text) >= 5 and token.text.isupper())
    return not (m > 1 and tokens[m - 1].low == "to" and tokens[m - 2].low == "close")
