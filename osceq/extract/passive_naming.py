"""A passive verb with adverbs before it: `what is now commonly called "…"`, `what's today
typically called "…"`, `Lee was later asked`. The auxiliary and the participle may be parted by
adverbs; the subject of such a passive is what is named or asked, never who speaks."""

from __future__ import annotations

import re

from osceq.extract import function_words as fw
from osceq.extract import reporting as lex
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


def set_off_summing(tokens: list[Token], v: int) -> bool:
    """Whether the participle at index v sums up in a passive set off by a comma, a dash or a
    parenthesis, "as" or "by" right after it (`The man, identified by police as "…"`, `Lee — often
    described as "…"`): an active verb has its object there."""
    if tokens[v].low not in lex.SET_OFF_PARTICIPLES or v + 1 >= len(tokens):
        return False
    k = before_adverbs(tokens, v)
    if k < 0 or not (tokens[k].text in DASHES or tokens[k].text in ",("):
        return False
    after = v + 2 if tokens[v + 1].low == "up" and v + 2 < len(tokens) else v + 1
    return tokens[after].low in ("as", "by") or (tokens[after].low == "only" and after + 1 < len(tokens))


# An object after the closing mark (`called "absurd" the idea that …`): the verb is active.
_OBJECT_AFTER_QUOTE = re.compile(
    r'\s*["“]\s*[^"”]{1,240}["”]\s*(?:the|a|an|his|her|its|their|this|these|those)\s+\w'
)


def object_after_quote(text: str, tokens: list[Token]) -> bool:
    """Whether the quotation right after the tokens is followed by a phrase on a determiner, the
    object of an active verb put after its quoted complement (`Lee branded as "a disgrace" the cut`)."""
    return bool(tokens) and _OBJECT_AFTER_QUOTE.match(text, tokens[-1].end) is not None


def set_off_passive(text: str, tokens: list[Token], v: int) -> bool:
    """Whether the participle at index v heads a passive phrase set off from its noun (a naming or a
    summing-up one) with no object after the quotation that would make it active."""
    return (set_off_naming(tokens, v) or set_off_summing(tokens, v)) and not object_after_quote(text, tokens)


def _adverb(token: Token) -> bool:
    """`now`, `often`, `derisively`: a lower-case -ly word after an auxiliary is an adverb."""
    return token.low in _BETWEEN_ADVERBS or ly_adverb(token)
