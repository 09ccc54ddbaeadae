"""Plural groups that speak as one subject without a determiner: `Adams protesters`, `prosecutors
say` (a bare plural opening its clause), `many commentators`, `the two companies`."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract import reporting as lex
from osceq.extract.given_names import is_given_name
from osceq.extract.tokens import Token, between_word, capitalised, is_word

# Quantifiers that open a plural speaker ("many commentators", "some voters").
QUANTIFIERS = frozenset({"many", "some", "most", "several", "few"})
# Counts that open a plural speaker ("the two companies", "both parties").
COUNTS = frozenset({"two", "three", "both"})
# How many capitalised words a name before a group's plural may hold (`Prince Edward Island officials`).
_LONGEST_GROUP_NAME = 4
# Words before a place, which opens no group's name (`In London Ann Lee critics`).
_PLACE_PREPOSITIONS = frozenset({"in", "at"})
# Plurals of people written without an "s", which speak as a group as the others do.
IRREGULAR_PLURALS = frozenset({"people"})


def named_group(
    tokens: list[Token], a: int, j: int, after_quantifier: bool = False
) -> tuple[int, int, str] | None:
    """`Adams protesters`, `prosecutors`: names before a plural noun, or a plural noun opening its
    clause (or after a quantifier), with no determiner."""
    k = a
    while k < j and capitalised(tokens[k]):
        k += 1
    bare = k == a and (
        after_quantifier or a == 0 or not is_word(tokens[a - 1]) or tokens[a - 1].low in fw.CLAUSE_OPENERS
    )
    if (k == a and not bare) or k == j or j - k > 2:
        return None  # a bare plural ("prosecutors say") only right after a clause boundary
    if any(
        not t.text.islower() or t.text in fw.MODALS or t.low in lex.REPORTING_FORMS or between_word(t)
        for t in tokens[k:j]
    ):
        return None
    last = tokens[j - 1].low
    if last in IRREGULAR_PLURALS and not after_quantifier:
        # `people familiar with the talks said`: a plural without its "s" (after a quantifier as
        # before: `, as several people groaned, "…"` sets a crowd's noise inside another's tag).
        return a, j, "nominal"
    if not last.endswith("s") or last.endswith("ss") or last.endswith("ous"):
        return None
    return a, j, "nominal"


def group_name_start(tokens: list[Token], k: int) -> int:
    """Where the capitalised name before a group's plural at k begins (`Wall Street critics`, `New
    York officials`: the whole name, never its last word alone); k when there is none."""
    start = k
    while start > 0 and k - start < _LONGEST_GROUP_NAME and capitalised(tokens[start - 1]):
        if start < k and _dateline(tokens, start - 1):
            return start  # `LONDON Labour Party sources`: the dateline opens no name
        start -= 1
    places = [i for i in range(max(0, start - 1), k) if tokens[i].low in _PLACE_PREPOSITIONS]
    if places:
        # `In London Ann Lee critics`: a place after in/at opens no name; a given name after it may
        names = [i for i in range(places[-1] + 2, k) if is_given_name(tokens[i].text)]
        return names[0] if names else k
    return start


def _dateline(tokens: list[Token], i: int) -> bool:
    """Whether the word at i is the last of a dateline in capitals opening the tokens (`LONDON`, `NEW
    YORK`) before a name written in small letters (`LONDON Labour Party sources`)."""
    return (
        tokens[i].text.isupper()
        and len(tokens[i].text) > 2
        and not tokens[i + 1].text.isupper()
        and all(t.text.isupper() or not t.text.isalpha() for t in tokens[:i])
    )
