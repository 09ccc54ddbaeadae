"""A sentence that only says somebody broke into the talk (`Lee cut in.`, `Ann Roe chimed in again.`):
the quotation right after it holds the words that broke in."""

from __future__ import annotations

import re

from osceq.extract.given_names import is_given_name
from osceq.extract.phrases import np_backward
from osceq.extract.tokens import Token
from osceq.extract.word_kinds import title_word

__all__ = ["interjection"]

# Verbs that make a phrase of breaking into talk with "in" after them, and only that.
_BREAKING_IN = frozenset({"cut", "chimed", "butted"})
# Verbs whose "in" is as often a forced entry (`Thieves broke in.`, `Volunteers jumped in.`): talk only
# when the sentence says it broke in again, or on somebody.
_ENTERING = frozenset({"broke", "jumped"})
# Verbs that say it alone (`Lee interjected.`, `Lee interrupted.`).
_INTERRUPTING = frozenset({"interjected", "interrupted"})
# What may close such a sentence after "in" (or after the lone verb).
_AFTER_IN = frozenset({"again", "quickly", "sharply"})
_WORD = re.compile(r"[A-Z][\w’'\-]*\.?")


def interjection(tokens: list[Token], text: str) -> tuple[int, int, str, int] | None:
    """The subject (start, end, kind) and the verb's index of a sentence `Name|he|she <verb> in.`,
    opened by a subject that is surely a person; None for any other sentence."""
    words = [k for k, t in enumerate(tokens) if t.text[:1].isalnum()]
    v = next((k for k in words if tokens[k].low in _BREAKING_IN | _ENTERING | _INTERRUPTING), None)
    if v is None or not tokens[v].text.islower():
        return None
    lone = tokens[v].low in _INTERRUPTING
    if not lone and (v + 1 >= len(tokens) or tokens[v + 1].low != "in"):
        return None
    after = [tokens[k].low for k in words if k > v + (not lone)]
    if any(word not in _AFTER_IN for word in after):
        return None  # `Lee cut in line`, `Lee broke in to the house`: more than an interruption
    if tokens[v].low in _ENTERING and "again" not in after:
        return None  # `Thieves broke in.`, `Police broke in.`: an entry, not a word
    subject = np_backward(tokens, v)
    if subject is None or subject[1] != v or subject[0] != words[0] or subject[2] not in ("name", "pronoun"):
        return None
    if subject[2] == "pronoun":
        one = subject[1] - subject[0] == 1 and tokens[subject[0]].low in ("he", "she")
        return (*subject, v) if one else None
    if not _surely_person(tokens[subject[0] : subject[1]], text):
        return None  # `Republicans jumped in again.`: a group, or a word only capitalised first
    return subject[0], subject[1], subject[2], v


def _surely_person(name: list[Token], text: str) -> bool:
    """Whether a name is surely a person's: it opens on a given name or a title, or the article
    named its last word earlier after one (`Ann Ostrowski … Ostrowski cut in.`)."""
    if is_given_name(name[0].text) or title_word(name[0].text):
        return True
    surname = name[-1].text
    before = text[: name[0].start]
    for found in re.finditer(r"(?<![\w’'])" + re.escape(surname) + r"(?![\w’'])", before):
        previous = _WORD.findall(before[max(0, found.start() - 30) : found.start()])
        beside = previous and before[: found.start()].endswith(previous[-1] + " ")
        if beside and (is_given_name(previous[-1]) or title_word(previous[-1])):
            return True
    return False
