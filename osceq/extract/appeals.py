"""An appeal that words its plea (`The envoy has appealed to rival camps to "step back …"`): the one
who appeals is the source of the quoted plea, like the subject of "urged X to"."""

from __future__ import annotations

from osceq.extract.found import Found
from osceq.extract.phrases import np_backward
from osceq.extract.tokens import Token, span_of

_APPEALS = frozenset({"appeal", "appeals", "appealed", "appealing"})
_AUXILIARIES = frozenset({"has", "have", "had"})
# Words before a bare "appeal" that make it a verb (`will appeal to`); anything else leaves it a noun.
_BEFORE_BARE_VERB = frozenset(
    {"to", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "did", "do", "does"}
)
# Words before "appeal(s)" that make it a noun (`The fund's appeal to donors`, `its appeals`).
_BEFORE_NOUN = frozenset({"'s", "’s", "the", "a", "an", "his", "her", "its", "their", "our", "my", "your"})


def appeal_source(text: str, tokens: list[Token]) -> Found | None:
    """The subject of `appealed to X to` when the quote follows that last "to" at once."""
    if len(tokens) < 5 or tokens[-1].low != "to":
        return None
    v = next((k for k in range(len(tokens) - 3, 0, -1) if tokens[k].low in _APPEALS), None)
    if v is None or tokens[v + 1].low != "to" or not tokens[v].text.islower():
        return None
    if any(
        (not t.text.isalnum() and t.text not in "-'’") or t.low in ("who", "which", "that")
        for t in tokens[v + 2 : -1]
    ):
        return None  # the people appealed to run on to the plea, with no punctuation or clause between
    before = tokens[v - 1].low
    if before in _BEFORE_NOUN or before.endswith(("'s", "’s")):
        return None  # `The fund's appeal to donors to "…"`: a noun, no one appeals
    if tokens[v].low == "appeal" and before not in _BEFORE_BARE_VERB:
        return None
    at = v - 1 if tokens[v - 1].low in _AUXILIARIES else v
    subject = np_backward(tokens, at)
    if subject is None or subject[2] == "relative":
        return None
    a, b, kind = subject
    return Found(span_of(text, tokens, a, b), span_of(text, tokens, v, v + 1), kind, "cue-before")
