"""A source an outlet cites (`According to the Tarn Courier, which cited a source close to the
talks, the sides …`): the words come from the source cited, the outlet only relays them, as with
`the agency quoted X as saying`."""

from __future__ import annotations

from osceq.extract.forward_phrases import np_forward
from osceq.extract.tokens import Token

# Verbs by which an outlet names whom it got the words from.
_CITING = frozenset({"cited", "quoted"})


def cited_source(tokens: list[Token], j: int) -> tuple[int, int, str] | None:
    """For an according-to source ending at token j: the source it cites in an aside closed by a
    comma (`, which cited X,` or `, citing X,`), as (start, end, kind); else None."""
    if j + 2 >= len(tokens) or tokens[j].text != ",":
        return None
    if tokens[j + 1].low == "citing":
        start = j + 2
    elif tokens[j + 1].low == "which" and tokens[j + 2].low in _CITING:
        start = j + 3
    else:
        return None
    found = np_forward(tokens, start, limit=10)
    if found is None or found[1] in ("pronoun", "relative"):
        return None
    end, kind = found
    close = next((k for k in range(end, min(len(tokens), end + 8)) if tokens[k].text == ","), None)
    if close is None or any(not t.text.isalnum() and t.text not in "-'’" for t in tokens[end:close]):
        return None  # the aside must close after the source and its short description
    return start, close, kind
