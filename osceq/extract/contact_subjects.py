"""A subject described by a relative clause with no relative word (`The man Ann Lee fired said "…"`,
`The firm Ann Lee founded said`): the noun speaks through the main verb, and the name inside the
clause is the subject of the clause's verb only. The speaker read from the clause (the name, its
verb as the cue, or the name cut into the noun) is withheld: nobody, rather than Ann Lee. Read by
`withheld_speakers.py`."""

from __future__ import annotations

import re

from osceq.extract import function_words as fw
from osceq.extract.contact_relative_words import OWN_SUBJECT_OR_AUXILIARY, PAST_OBJECT_VERBS
from osceq.extract.fronted_clauses import finite_speech
from osceq.extract.name_words import IRREGULAR_PAST
from osceq.extract.quote_drafts import Draft
from osceq.extract.tokens import Token, capitalised, past_verb, tokenize

__all__ = ["withholds"]

# Determiners opening the described noun (`the man`, `a clerk`).
_OPENERS = frozenset({"the", "a", "an", "this", "that"})
# How far before the mention the noun's determiner, and after it the main verb, may stand (characters).
_REACH = 40
# The clause's opening written out (`the man Ann`), sought before the tokens are read.
_SHAPE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+[a-z]+\s+[A-Z]")
# How many words (`last year`) may stand between the clause's verb and the main verb.
_BETWEEN = 3
# Endings of adjectives before a name (`the embattled Ann Lee`, `the famous`, `the tearful`): no
# noun that a relative clause could describe.
_ADJECTIVE_ENDINGS = ("ed", "ous", "ful")


def withholds(text: str, draft: Draft) -> bool:
    """Whether the draft's mention or cue lies in a contact relative clause on the subject."""
    found = draft.found
    if found is None:
        return False
    # (before or after the quote: `"…," the man Lee fired said`)
    start = max(0, min(found.mention.start, found.cue.start) - _REACH)
    end = min(len(text), max(found.cue.end, found.mention.end) + _REACH)
    if _SHAPE.search(text, start, end) is None:
        return False  # (most tags: no determiner, lower-case noun and name, so nothing to tokenize)
    tokens = tokenize(text, start, end)
    for i in range(len(tokens) - 4):
        clause = _clause_at(tokens, i)
        if clause is None:
            continue
        name_start, verb, main = clause
        in_name = found.mention.start < tokens[verb].start and found.mention.end > name_start
        if in_name or tokens[verb].start <= found.cue.start < tokens[main].start:
            return True
    return False


def _clause_at(tokens: list[Token], i: int) -> tuple[int, int, int] | None:
    """(the name's start offset, the clause verb's index, the main verb's index) of `the <noun>
    <Name> <verb in the past> [a few words] <finite verb of speech>` opening at token i, or None."""
    noun = tokens[i + 1].text
    if (
        tokens[i].low not in _OPENERS
        or not noun.isalpha()
        or not noun.islower()
        or noun.endswith(_ADJECTIVE_ENDINGS)
    ):
        return None
    n = i + 2
    if not capitalised(tokens[n]):
        return None
    while n < len(tokens) and capitalised(tokens[n]):
        n += 1
    if n >= len(tokens) or not _past(tokens[n]):
        return None
    for m in range(n + 1, min(len(tokens), n + 2 + _BETWEEN)):
        word = tokens[m]
        if word.low in OWN_SUBJECT_OR_AUXILIARY:
            return None  # (`Ann Lee admitted she said it`: the verb of speech is no main verb)
        if finite_speech(word):
            return tokens[i + 2].start, n, m
        if not word.text.isalnum() or word.low in fw.CLAUSE_OPENERS or word.low in ("and", "but", "or"):
            return None  # `the minister Ann Lee resigned and said`: her own two verbs
    return None


def _past(token: Token) -> bool:
    """A lower-case verb in the past that may take an object (`fired`, `met`, `told`)."""
    return token.text.islower() and (
        past_verb(token) or token.low in IRREGULAR_PAST or token.low in PAST_OBJECT_VERBS
    )
