"""The last items of a list of names read back from its verb (`Smith, Jones and Brown said`, `Ann
Lee, 42, Tom Reed, 51, and Bo Park said`): the whole list speaks, so its tail alone is nobody."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract.name_lists import JOINERS
from osceq.extract.opening_adverbs import ADVERB_ENDINGS, OPENING_ADVERBS
from osceq.extract.place_adverbs import FRONTED_PLACE_ADVERBS
from osceq.extract.tokens import Token, capitalised

# How many words an aside inside the list may hold (`, 42,`, `, the mayor,`).
_ASIDE = 6


def list_start(tokens: list[Token], a: int, b: int) -> int | None:
    """Where the list of names that the subject from a to b ends begins, or None when it ends none:
    a comma and a name item before it (the subject holding its own "and"), or a comma and "and"
    after a name item, an aside between them or not."""
    if not capitalised(tokens[a]):
        return None  # `Unlike Pia Stone, a dealer at Tarn and Co said`: a role, no item of a list
    if a >= 2 and tokens[a - 1].text == "," and any(t.low in JOINERS for t in tokens[a:b]):
        start = _item_before(tokens, a - 1)
    elif a >= 3 and tokens[a - 1].low in JOINERS and tokens[a - 2].text == ",":
        start = _item_before(tokens, a - 2)
    else:
        return None
    while start is not None and start >= 2 and tokens[start - 1].text == ",":
        earlier = _item_before(tokens, start - 1)
        if earlier is None:
            break
        start = earlier
    return start


def _item_before(tokens: list[Token], comma: int) -> int | None:
    """Where a name item (`Smith`, `Tom Reed`), or one with an aside (`Tom Reed, 51`, `Ann Lee, the
    mayor`), ending at the comma at `comma` starts; None when the words there are no such item."""
    named = _name_item_before(tokens, comma)
    if named is not None:
        return named
    for k in range(comma - 1, max(0, comma - 1 - _ASIDE), -1):
        token = tokens[k]
        if token.text == ",":
            return _name_item_before(tokens, k) if k < comma - 1 else None
        if not (token.text.islower() or token.text.isdigit()):
            return None
    return None


def _name_item_before(tokens: list[Token], comma: int) -> int | None:
    """Where capitalised name words ending right before the comma at `comma` start, opening the
    sentence or after another comma (`Smith,`, `, Tom Reed,`), with no function word (`In Dover,`)."""
    k = comma
    while k > 0 and capitalised(tokens[k - 1]) and tokens[k - 1].low not in fw.NOT_NAME_WORDS:
        k -= 1
    if k < comma and tokens[k].low in fw.PREPOSITIONS:
        return None  # `Unlike Pia Stone,`, `Like Lee,`: a phrase about someone, no item of a list
    if k < comma and _opening_adverb(tokens[k].low):
        return None  # `Separately, Smith and Brown said`, `Last March,`: an adverb opens the sentence
    return k if k < comma and (k == 0 or tokens[k - 1].text == ",") else None


def _opening_adverb(word: str) -> bool:
    """Whether a word opening a sentence before a comma is an adverb, never a name (`Separately`,
    `Together`, `Tonight`, `Outside`, `Ironically`)."""
    return (
        word in fw.SENTENCE_ADVERBS
        or word in OPENING_ADVERBS
        or word in FRONTED_PLACE_ADVERBS
        or word.endswith(ADVERB_ENDINGS)
    )


def opens_list(tokens: list[Token], b: int) -> bool:
    """Whether a subject ending at b opens a list of names whose tail a verb reads back to
    (`Ann Lee, 42, Tom Reed, 51, and Bo Park said`)."""
    if b >= len(tokens) or tokens[b].text != ",":
        return False
    for j in range(b + 1, min(len(tokens) - 1, b + 1 + 3 * _ASIDE)):
        if tokens[j].low in JOINERS and capitalised(tokens[j + 1]):
            end = j + 2
            while end < len(tokens) and capitalised(tokens[end]):
                end += 1
            item = j
            while item > 0 and capitalised(tokens[item - 1]):
                item -= 1
            return list_start(tokens, j + 1, end) is not None or list_start(tokens, item, end) is not None
        word = tokens[j].text
        if not (word == "," or capitalised(tokens[j]) or word.islower() or word.isdigit()):
            return False
    return False
