"""Whole-mention shapes that decide how a speaker mention is read before its name is looked for:
a parenthesis inside a firm's name, people described by what they are for or against, and a
name's organisation or staff. Standard library and word lists only."""

from __future__ import annotations

import re
from collections.abc import Sequence

from osceq.extract import name_words as w
from osceq.extract.word_kinds import agent_noun, person_noun

__all__ = [
    "POSSESSIVE",
    "firm_parenthesis_close",
    "plural_of_people",
    "possessor_of_body",
    "without_firm_parenthesis",
]

POSSESSIVE = re.compile(r"[’']s?$")


def firm_parenthesis_close(words: Sequence[str], k: int) -> int | None:
    """The index of the closing mark of a parenthesis opening at word k inside a firm's name: one or
    two capitalised words between a capitalised word and the firm's ending ("Kestrel (Holdings)
    Ltd"); None for any other parenthesis ("Ann Lee (D-Ohio)" ends the name)."""
    if k == 0 or k >= len(words) or words[k] != "(" or not words[k - 1][:1].isupper():
        return None
    close = next((m for m in range(k + 2, min(len(words), k + 4)) if words[m] == ")"), None)
    if close is None or close + 1 >= len(words):
        return None
    if not all(word[:1].isupper() and word.isalpha() for word in words[k + 1 : close]):
        return None
    ending = words[close + 1]
    if not ending[:1].isupper() or ending.lower().rstrip(".") not in w.FIRM_ENDINGS:
        return None
    return close


def without_firm_parenthesis(tokens: list[str]) -> list[str]:
    """A mention without a parenthesis of capitalised words inside a firm's name: "Kestrel (Holdings)
    Ltd analyst Ivo Marsh" is read as "Kestrel Ltd analyst Ivo Marsh"; one at the end ("Ann Lee
    (D-Ohio)") is left to end the name."""
    if "(" not in tokens:
        return tokens
    k = tokens.index("(")
    close = firm_parenthesis_close(tokens, k)
    return tokens if close is None else tokens[:k] + tokens[close + 1 :]


def plural_of_people(tokens: list[str], cut: int) -> bool:
    """`Critics of the new plan`: a lone capitalised plural of a noun for people opening a sentence,
    then "of" and a phrase in lower case, describes people ("Jones of the firm" is a name)."""
    return (
        cut == 1
        and len(tokens) > 2
        and tokens[1] == "of"
        and tokens[0][1:].islower()
        and (person_noun(tokens[0]) or (tokens[0].endswith("s") and agent_noun(tokens[0][:-1])))
        and any(t.isalpha() and t.islower() and t not in ("the", "a", "an", "of") for t in tokens[2:])
        and not any(t[:1].isupper() for t in tokens[2:])
    )


def possessor_of_body(tokens: list[str]) -> bool:
    """Whether a mention is a name's organisation or staff, which speaks for it without being it:
    "Lee's campaign", "Senator Lee's office", "Adams' aides" (and nothing after them)."""
    for k in range(len(tokens) - 1):
        word = tokens[k]
        owner = POSSESSIVE.search(word) is not None or (
            tokens[k + 1] in ("’", "'") and word.endswith("s") and k + 2 < len(tokens)
        )
        if word[:1].isupper() and owner:
            rest = tokens[k + 2 :] if tokens[k + 1] in ("’", "'") else tokens[k + 1 :]
            return len(rest) == 1 and (rest[0] in w.ORGANISATION_WORDS or rest[0] in w.SPEAKS_FOR)
    return False
