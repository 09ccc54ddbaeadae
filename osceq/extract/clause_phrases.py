"""A subordinate clause read as a noun phrase: `a memo was released as the markets closed stating
that …`, `he wrote a letter when the board adjourned urging …`. The words after "as" or "when" end in
the clause's own verb; when the main clause holds a writing, the participle that follows hangs on it,
not on the clause's subject (`… as hundreds of protesters gathered chanting "…"` is theirs)."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract.document_relatives import WRITINGS
from osceq.extract.tokens import Token, past_verb

# How far before the subordinator the main clause's writing may stand.
_MAIN_CLAUSE_REACH = 12


def _writing_before(tokens: list[Token], k: int) -> bool:
    """Whether a lower-case writing noun (`memo`, `letter`) stands in the same sentence before index k."""
    for j in range(k - 1, max(-1, k - 1 - _MAIN_CLAUSE_REACH), -1):
        if tokens[j].text in (".", "!", "?", '"', "“", "”"):
            return False
        if tokens[j].low in WRITINGS and tokens[j].text.islower():
            return True
    return False


def clause_read_as_phrase(tokens: list[Token], subject: tuple[int, int, str], v: int) -> bool:
    """Whether the phrase (a, b) before the participle at index v opens on a subordinator, ends in a
    verb in the past (`as the markets closed`) and follows a main clause holding a writing."""
    a, b, kind = subject
    last = tokens[b - 1]
    return (
        tokens[v].low.endswith("ing")
        and kind == "nominal"
        and b == v
        and b - a >= 2
        and a > 0
        and tokens[a - 1].low in fw.SUBORDINATORS
        and last.text.islower()
        and past_verb(last)
        and _writing_before(tokens, a - 1)
    )
