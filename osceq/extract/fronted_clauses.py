"""A clause fronted with no comma before the main clause (`After 3 Republicans defected Ann Lee
sent the bill back, saying "…"`): the clause's own verb, read as a word of the main subject's phrase,
ends the clause, and the name after it opens the main clause. Read by `clauses.py` and
`subject_objects.py`."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract.fronted_clause_words import MORE_PAST
from osceq.extract.name_words import IRREGULAR_PAST
from osceq.extract.tokens import Token, capitalised, past_verb
from osceq.extract.word_kinds import title_word

__all__ = ["main_subject_within", "verb_before_name"]


def main_subject_within(tokens: list[Token], a: int, b: int) -> tuple[int, int, str] | None:
    """The name opening the main clause, as (start, end, "name"), when the words tokens[a:b] after a
    subordinator hold the clause's verb in the past, a name and another verb in the past (`After 3
    Republicans defected Ann Lee sent the bill back, saying`), else None (`when protesters
    interrupted Ann Lee, shouting` holds the verb's object)."""
    for m in range(a + 1, min(b, len(tokens)) - 2):
        if not (_past(tokens[m]) and capitalised(tokens[m + 1])):
            continue
        n = m + 1
        while n < b and capitalised(tokens[n]):
            n += 1
        if n < b and _past(tokens[n]):
            return m + 1, n, "name"
    return None


def verb_before_name(tokens: list[Token], k: int) -> bool:
    """Whether the lower-case word at k, right before a name, is the verb of a fronted clause whose
    subject ends before it (`When Republicans defected Ann Lee said`), not a role (`the exiled`)."""
    if not (0 < k < len(tokens) - 1 and past_verb(tokens[k]) and capitalised(tokens[k + 1])):
        return False
    subject = tokens[k - 1]
    if not capitalised(subject) or title_word(subject.text) or subject.text.endswith("."):
        return False  # `former Gov. Ann Lee`; `newly elected` has no capital before it
    return any(t.low in fw.SUBORDINATORS for t in tokens[: k - 1])


def _past(token: Token) -> bool:
    """A lower-case verb in the past: an -ed word or an irregular past form."""
    return past_verb(token) or (
        token.text.islower() and (token.low in IRREGULAR_PAST or token.low in MORE_PAST)
    )
