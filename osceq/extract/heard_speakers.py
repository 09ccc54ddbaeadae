"""A speaker heard or seen on a recording (`a man can be heard asking`, `Ann Lee is seen telling`):
the subject of the passive of hearing or seeing is the one doing the speaking its participle tells."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract.phrases import np_backward
from osceq.extract.tokens import Token

# Participles of perceiving that a participle of speech may follow (`heard telling`).
_PERCEIVED = frozenset({"heard", "overheard", "seen"})
# Words of the verb chain before them (`can be`, `is`, `could also be`).
_CHAIN = fw.MODALS | fw.PASSIVE_AUXILIARIES | frozenset({"also", "clearly", "later", "then"})


def heard_subject(tokens: list[Token], v: int) -> tuple[int, int, str] | None:
    """The subject of `… can be heard` before the speech participle at v (`asking`, `telling`), or None."""
    if v < 3 or not tokens[v].low.endswith("ing") or tokens[v - 1].low not in _PERCEIVED:
        return None
    k = v - 1
    while k > 0 and tokens[k - 1].low in _CHAIN and tokens[k - 1].text.islower():
        k -= 1
    if k == v - 1 or tokens[k].low not in fw.MODALS | fw.PASSIVE_AUXILIARIES:
        return None  # (`the tape heard telling`: no passive of hearing)
    subject = np_backward(tokens, k)
    if subject is None or subject[1] != k or subject[2] == "relative":
        return None
    return subject
