"""A subordinate clause read as a noun phrase: `a memo was released as the markets closed stating
that …`, `he wrote when the board adjourned urging …`. The words after "as" or "when" end in the clause's
own verb; they are no subject of the participle that follows, which hangs on the main clause."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract.tokens import Token, past_verb


def clause_read_as_phrase(tokens: list[Token], subject: tuple[int, int, str], v: int) -> bool:
    """Whether the phrase (a, b) before the participle at index v opens on a subordinator and ends
    in a verb in the past (`as the markets closed`)."""
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
    )
