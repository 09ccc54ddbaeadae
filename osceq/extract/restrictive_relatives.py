"""A relative clause set between a subject and its verb with no commas: `One official who has
worked with all three candidates said`, `A mailer that arrived last week calls …`. The noun phrase
at the end of the clause is the clause's object, not the subject of the verb after it."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract.tokens import Token, abbreviation_dot, past_verb

# Past forms of common verbs that a relative clause opens with and that do not end in -ed.
_IRREGULAR_PAST = frozenset(
    {
        "ran", "led", "won", "lost", "spent", "sat", "stood", "knew", "met", "took", "gave", "wrote",
        "spoke", "brought", "built", "fought", "held", "left", "made", "sent", "taught", "told", "went",
        "came",
    }
)  # fmt: skip

# More irregular past forms, read as a verb only right after "who" (after "that" some are nouns:
# `said that shot was fired`): `Neighbours who heard the shots said`, `The aide who shot the video`.
_PAST_AFTER_WHO = frozenset(
    {
        "heard", "shot", "saw", "seen", "found", "caught", "fled", "felt", "bought", "sold", "paid",
        "kept", "hid", "drove", "flew", "rode", "fell", "broke", "chose", "drew", "grew", "threw",
        "wore", "struck", "swore", "understood", "lent", "beat", "bit", "dug", "fed", "fought", "hung",
        "lit", "met", "rang", "sang", "shut", "slept", "stole", "swam", "woke",
    }
)  # fmt: skip

_RELATIVES = frozenset({"who", "that"})

# How far back from the phrase the relative word may stand.
_REACH = 12


def relative_before(tokens: list[Token], a: int) -> int | None:
    """The index of "who" or "that" when the phrase starting at token a ends a relative clause that
    opens with a verb and has no punctuation inside (`who has worked with all three candidates`,
    `that arrived in mailboxes last week`); else None.

    A "that" followed by a noun is a conjunction (`said that the council …`) and a "who" followed by
    a noun has the phrase as its own subject (`the man who Lee said …`): only a verb right after the
    relative word makes the phrase its object or adjunct.
    """
    for w in range(a - 1, max(-1, a - _REACH), -1):
        token = tokens[w]
        if not token.text[:1].isalnum() and not abbreviation_dot(tokens, w):
            return None  # a comma, a quotation mark or a stop: the clause, if any, is closed
        if token.low in _RELATIVES and token.text.islower():
            if w == 0 or w + 1 >= a:
                return None
            return w if _opens_with_verb(tokens[w + 1], token.low == "who") else None
    return None


def _opens_with_verb(token: Token, who: bool) -> bool:
    """`has worked`, `arrived`, `ran`: a verb (or auxiliary) right after the relative; a present form
    in -s (`who represents`) only after "who" (`that shareholders vote`: a noun after "that")."""
    low = token.low
    if not token.text.islower():
        return False
    if low in fw.MODALS or low in _IRREGULAR_PAST or past_verb(token):
        return True
    return who and (low in _PAST_AFTER_WHO or _present_form(low))


def _present_form(low: str) -> bool:
    """`represents`, `works`: a present form in -s (not `boss`, not a function word)."""
    return low.endswith("s") and not low.endswith("ss") and len(low) > 3 and low not in fw.NOT_NAME_WORDS


def closed_relative_start(tokens: list[Token], v: int) -> int | None:
    """The index of the "who" of a relative clause ending right before the verb at v with no noun
    phrase for its end (`An aide who asked not to be named said`), whose owner is then the verb's
    subject; None when no such clause ends there."""
    if v == 0 or not tokens[v - 1].text.islower() or not tokens[v - 1].text.isalpha():
        return None
    for w in range(v - 2, max(0, v - _REACH), -1):
        if not tokens[w].text.isalpha() or not tokens[w].text.islower():
            return None  # a comma, a stop, a name: no bare clause of "who" runs up to the verb
        if tokens[w].low == "who":
            opening = tokens[w + 1]  # `who asked`, `who has`, `who spoke`: the clause's own verb
            verb = opening.low.endswith("ed") or opening.low in fw.MODALS or opening.low in _IRREGULAR_PAST
            return w if verb else None
    return None
