"""The agent of a passive verb of charging or characterising right before a quoted fragment: in
`Lee was accused by Roe of "…"` and `the plan was described by Roe as "…"` the words are Roe's (the
subject of the passive is the one spoken about)."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract.forward_phrases import np_forward
from osceq.extract.tokens import Token

# Participles whose passive agent utters the charge or the description that follows.
CHARGE_PARTICIPLES = frozenset(
    {
        "accused",
        "blamed",
        "branded",
        "characterised",
        "characterized",
        "criticised",
        "criticized",
        "derided",
        "described",
        "dismissed",
        "faulted",
        "labeled",
        "labelled",
        "mocked",
        "portrayed",
        "ridiculed",
    }
)
# Words that lead from the agent into the quote (`of "…"`, `as "…"`, `as a "…"`).
_INTO_QUOTE = (("of",), ("as",), ("as", "a"), ("as", "an"), ("as", "the"), ("for",))
# A short time phrase may stand between the participle and "by" (`was accused this week by`).
_MOST_BEFORE_BY = 4
# An apposition set off by commas after the agent (`by her rival, Mayor Ann Lee, of "…"`).
_MOST_APPOSITION = 12


def passive_charge_agent(tokens: list[Token], v: int) -> tuple[int, int, str] | None:
    """(start, end, kind) of the agent of the passive participle at v when the agent's words are the
    quote that the sentence's tokens run into; None for any other shape."""
    if tokens[v].low not in CHARGE_PARTICIPLES or tokens[v].text[:1].isupper():
        return None
    aux = v - 1
    if aux > 0 and (tokens[aux].low.endswith("ly") or tokens[aux].low in ("also", "often")):
        aux -= 1  # `was repeatedly accused`
    if aux < 0 or tokens[aux].low not in fw.PASSIVE_AUXILIARIES:
        return None
    by = next(
        (k for k in range(v + 1, min(len(tokens), v + 1 + _MOST_BEFORE_BY)) if tokens[k].low == "by"), None
    )
    if by is None or any(t.text in ",;:" for t in tokens[v + 1 : by]):
        return None
    found = np_forward(tokens, by + 1)
    if found is None or found[1] not in ("name", "nominal"):
        return None
    end, kind = found
    while end > by + 2 and tokens[end - 1].low in ("of", "as", "for"):
        end -= 1  # `by Ann Lee of "…"`: the "of" leads into the quote, it joins no firm's name
    rest = end
    if rest < len(tokens) and tokens[rest].text == ",":
        close = next(
            (k for k in range(rest + 1, min(len(tokens), rest + _MOST_APPOSITION)) if tokens[k].text == ","),
            None,
        )
        if close is None:
            return None
        rest = close + 1
    if tuple(t.low for t in tokens[rest:]) not in _INTO_QUOTE:
        return None
    return by + 1, end, kind
