"""A fragment followed by the noun that names it as wording and who used that wording: in `The plan
is "a farce," a word that Ann Lee used twice` and `…, a term the auditor has used` the words are
the user's, though no verb of speech follows the quote itself."""

from __future__ import annotations

import re

from osceq.extract.attribution import Found
from osceq.extract.forward_phrases import np_forward
from osceq.extract.tokens import Token, span_of, tokenize

# `, a word that`, `, the very term which`, `, a phrase`: the wording noun after the quote's comma.
_WORDING_NOUN = re.compile(
    r"\s*,?\s*(?:a|an|the)\s+(?:[a-z]+\s+)?"
    r"(?:word|words|term|terms|phrase|phrases|expression|label|epithet|description|charge|claim|accusation|slogan|insult|refrain)"
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
# Verbs of saying among them: the wording may be another's whom the sayer reports.
_SAYING_VERBS = frozenset({"said", "says", "wrote"})
# Words that may follow a saying verb that used the wording itself (`a word Lee said twice`).
_AFTER_SAYING = frozenset(
    {
        "twice",
        "again",
        "once",
        "often",
        "then",
        "in",
        "on",
        "at",
        "during",
        "last",
        "this",
        "earlier",
        "before",
        "after",
    }
)
_AUXILIARIES = frozenset({"has", "had", "have", "also", "again", "often", "once", "later"})
# An apposition between the user and the verb (`Ann Lee, the county's auditor, used`).
_MOST_APPOSITION = 12


def names_wording(text: str, close_end: int) -> bool:
    """Whether `, a word (that) …` follows a fragment closed at close_end: a tag after it (`a label
    Lee said was unfair`) speaks of the wording, and its subject starts with the wording noun."""
    return _wording_opening(text, close_end) is not None


def _wording_opening(text: str, close_end: int) -> re.Match[str] | None:
    """The wording noun after the fragment, in apposition to the quoted words after a comma."""
    opening = _WORDING_NOUN.match(text, close_end)
    return opening if opening is not None and "," in text[max(0, close_end - 3) : opening.end()] else None


def word_user_tag(text: str, close_end: int, right: int) -> Found | None:
    """The user of a fragment closed at close_end when `, a word that X used` follows it (right:
    where the next quotation opens); None for any other shape."""
    opening = _wording_opening(text, close_end)
    if opening is None:
        return None
    tokens = tokenize(text, opening.end(), min(right, opening.end() + 200))
    user = _user_and_verb(tokens, 0)
    if user is None:
        return None
    start, end, kind, verb = user
    if tokens[verb].low in _SAYING_VERBS:
        after = verb + 1
        if after < len(tokens) and tokens[after].text.isalpha() and tokens[after].low not in _AFTER_SAYING:
            # `a word Lee said Reed used`: Reed used it, Lee reports so; `a label Lee said was
            # unfair`: the label is Lee's, the words are nobody's.
            inner = _user_and_verb(tokens, after)
            if inner is None or tokens[inner[3]].low in _SAYING_VERBS:
                return None
            start, end, kind, verb = inner
    return Found(span_of(text, tokens, start, end), span_of(text, tokens, verb, verb + 1), kind, "cue-after")


def _user_and_verb(tokens: list[Token], i: int) -> tuple[int, int, str, int] | None:
    """The noun phrase at i and the verb of using words after it, past an apposition and adverbs:
    (start, end, kind, verb index); None when no such verb follows."""
    found = np_forward(tokens, i)
    if found is None or found[1] not in ("name", "nominal", "pronoun"):
        return None
    end, kind = found
    # The name reader does not stop at every past tense (`Ann Lee used twice`): the verb ends it.
    end = next((m for m in range(i + 1, end) if tokens[m].text in _USING_VERBS), end)
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
    return i, end, kind, k
