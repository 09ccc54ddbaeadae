"""A statement put out in writing: `The party issued a statement apologizing to Lee.` followed by
`"On behalf of …"` makes the quotation the statement's words, and so its subject's."""

from __future__ import annotations

from osceq.extract.attribution import Found
from osceq.extract.phrases import np_backward
from osceq.extract.tokens import Token, span_of, tokenize

# Verbs that put out a written statement ("issued a statement", "released a short statement").
_ISSUING = frozenset({"issued", "released", "published", "posted"})
# `issued no statement`, `never released a statement`, `has yet to issue …`: nothing was put out.
_DENIALS = frozenset({"no", "not", "never", "n't", "yet", "without"})


def _denies(token: Token) -> bool:
    return token.low in _DENIALS or token.low.endswith(("n't", "n’t"))


def statement_issued(text: str, start: int, end: int) -> Found | None:
    """`The party issued a statement apologizing to Lee.` / `"On behalf of …"`: the quotation after a
    sentence in which its subject puts out a statement is the statement's words, the subject's."""
    tokens = tokenize(text, start, end)
    v = next(
        (
            k
            for k in range(1, len(tokens) - 1)
            if tokens[k].low in _ISSUING
            and any(t.low == "statement" for t in tokens[k + 1 : k + 4])
            and not any(_denies(t) for t in tokens[max(0, k - 3) : k + 2])
        ),
        None,
    )
    subject = np_backward(tokens, v) if v is not None else None
    if v is None or subject is None or subject[2] == "relative":
        return None
    a, b, kind = subject
    return Found(span_of(text, tokens, a, b), span_of(text, tokens, v, v + 1), kind, "cue-before")
