"""A clause of `in which` with its own subject and reporting verb (`Judge Ada Morrow asked him
about a memo, in which the engineer wrote that the lines "…"`): the words run on from that verb, so
they are the writer's or speaker's the clause names, not the earlier cue's subject."""

from __future__ import annotations

from osceq.extract.phrases import np_backward
from osceq.extract.tokens import Token

# Words after the clause's verb that hand the quote to another clause (`… as "…"`, `… and she "…"`,
# `… because it was "…"`).
_NOT_RUNNING_ON = frozenset(
    {"as", "and", "but", "or", "while", "so", "because", "since", "although", "though", "when", "until"}
)


def in_which_reports(tokens: list[Token], v: int, after: int) -> bool:
    """Whether the reporting verb at v is the verb of an `in which` clause set off by a comma after the
    earlier cue at after, its subject right after `which`, running into the quote with no comma."""
    if after < 0 or any(t.text in ",:;" for t in tokens[v + 1 :]):
        return False  # (`…, in which Tom Reed wrote that he was sorry: "…"`: the colon hands it back)
    w = next((k for k in range(v - 1, after + 1, -1) if tokens[k].low == "which"), None)
    if w is None or tokens[w - 1].low != "in" or tokens[w - 2].text != ",":
        return False  # (`described the call in which Tom Reed asked … as "…"`: the noun's own clause)
    if any(t.low in _NOT_RUNNING_ON for t in tokens[v + 1 :]):
        return False  # (`in which Tom Reed said nothing and she "…"`: the quote is a later clause's)
    if any(t.low == "that" for t in tokens[after + 1 : w - 1]):
        return False  # `Lee recalled that the memo, in which …`: the clause is part of Lee's report
    subject = np_backward(tokens, v)
    return subject is not None and subject[0] == w + 1 and subject[2] != "relative"
