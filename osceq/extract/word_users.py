"""A fragment followed by the noun that names it as wording and who used that wording: in `The plan
is "a farce," a word that Ann Lee used twice` and `…, a term the auditor has used` the words are
the user's, though no verb of speech follows the quote itself."""

from __future__ import annotations

import re

from osceq.extract.attribution import Found
from osceq.extract.forward_phrases import np_forward
from osceq.extract.tokens import span_of, tokenize

# `, a word that`, `, the very term which`, `, a phrase`: the wording noun after the quote's comma.
_WORDING_NOUN = re.compile(
    r"\s*,?\s*(?:a|an|the)\s+(?:[a-z]+\s+)?"
    r"(?:word|words|term|terms|phrase|phrases|expression|label|epithet|description)"
    r"\s+(?:that\s+|which\s+)?"
)
# Verbs of using words: the wording noun is their object.
_USING_VERBS = frozenset(
    {
        "borrowed",
        "chose",
        "coined",
        "employed",
        "invoked",
        "repeated",
        "repeats",
        "said",
        "says",
        "uses",
        "used",
        "uttered",
        "wrote",
    }
)
_AUXILIARIES = frozenset({"has", "had", "have", "also", "again", "often", "once", "later"})
# An apposition between the user and the verb (`Ann Lee, the county's auditor, used`).
_MOST_APPOSITION = 12


def word_user_tag(text: str, close_end: int, right: int) -> Found | None:
    """The user of a fragment closed at close_end when `, a word that X used` follows it (right:
    where the next quotation opens); None for any other shape."""
    opening = _WORDING_NOUN.match(text, close_end)
    if opening is None or "," not in text[max(0, close_end - 3) : opening.end()]:
        return None  # the noun stands in apposition to the quoted words, after a comma
    tokens = tokenize(text, opening.end(), min(right, opening.end() + 200))
    found = np_forward(tokens, 0)
    if found is None or found[1] not in ("name", "nominal", "pronoun"):
        return None
    end, kind = found
    k = end
    if k + 1 < len(tokens) and tokens[k].text == ",":
        aside = range(k + 1, min(len(tokens), k + _MOST_APPOSITION))
        close = next((m for m in aside if tokens[m].text == ","), None)
        if close is None:
            return None
        k = close + 1
    while k < len(tokens) and (tokens[k].low in _AUXILIARIES or tokens[k].low.endswith("ly")):
        k += 1  # `a word Lee has often used`, `a term she repeatedly used`
    if k >= len(tokens) or tokens[k].low not in _USING_VERBS:
        return None
    return Found(span_of(text, tokens, 0, end), span_of(text, tokens, k, k + 1), kind, "cue-after")
