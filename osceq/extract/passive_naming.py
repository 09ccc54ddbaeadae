"""A passive verb with adverbs before it: `what is now commonly called "…"`, `what's today
typically called "…"`, `Lee was later asked`. The auxiliary and the participle may be parted by
adverbs; the subject of such a passive is what is named or asked, never who speaks."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract.tokens import DASHES, Token, ly_adverb

# Adverbs of time, frequency and degree that sit between an auxiliary and its participle.
_BETWEEN_ADVERBS = frozenset(
    {
        "again",
        "already",
        "also",
        "always",
        "commonly",
        "even",
        "ever",
        "frequently",
        "generally",
        "later",
        "long",
        "now",
        "often",
        "once",
        "popularly",
        "rarely",
        "repeatedly",
        "routinely",
        "since",
        "sometimes",
        "still",
        "then",
        "today",
        "typically",
        "usually",
        "variously",
        "widely",
    }
)

# `what's called`, `it's called`: a contracted "is" after a word that cannot own anything.
_CONTRACTED_IS = frozenset(w + s for w in ("what", "that", "it", "there", "here") for s in ("'s", "’s"))


def passive_auxiliary_before(tokens: list[Token], v: int) -> bool:
    """Whether the participle at index v follows a passive auxiliary ("is", "was", "been", a
    contracted "what's"), with at most three adverbs between them."""
    k = before_adverbs(tokens, v)
    if k < 0:
        return False
    return tokens[k].low in fw.PASSIVE_AUXILIARIES or tokens[k].low in _CONTRACTED_IS


def before_adverbs(tokens: list[Token], v: int) -> int:
    """The index of the word before the (at most three) adverbs that precede index v; -1 at the start."""
    k = v - 1
    while k >= 0 and v - k <= 3 and _adverb(tokens[k]):
        k -= 1
    return k


def set_off_naming(tokens: list[Token], v: int) -> bool:
    """Whether the naming participle at index v, the last word before the quotation but for "as" or an
    article, is set off by a dash or parenthesis (`the levy - often called "…"`) or by a comma with
    "as" after it (`the levy, widely labelled as a "…"`): a passive phrase, no active verb takes "as"
    or no object so."""
    if tokens[v].low not in fw.NAMING_PARTICIPLES:
        return False
    rest = [t.low for t in tokens[v + 1 :]]
    if len(rest) > 2 or any(w not in ("as", "a", "an", "the") for w in rest):
        return False  # (`Lee, for one, called it "…"`: an object makes the verb active)
    k = before_adverbs(tokens, v)
    if k < 0:
        return False
    mark = tokens[k].text
    return mark in DASHES or mark == "(" or (mark == "," and rest[:1] == ["as"])


def _adverb(token: Token) -> bool:
    """`now`, `often`, `derisively`: a lower-case -ly word after an auxiliary is an adverb."""
    return token.low in _BETWEEN_ADVERBS or ly_adverb(token)
