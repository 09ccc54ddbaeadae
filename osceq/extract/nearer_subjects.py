"""A pronoun subject of a later clause, nearer a quoted fragment than the subject it was guessed
from (`Lee signed the lease, though she admits she feels "real doubts"`)."""

from __future__ import annotations

from dataclasses import replace

from osceq.extract import function_words
from osceq.extract.attribution import Found
from osceq.extract.tokens import range_tokens, span_of

# Conjunctions that open a clause of the writer's with a subject of its own.
_CLAUSE_JOINS = frozenset({"and", "but", "although", "though", "while", "whereas", "because", "yet"})
_PERSONAL = frozenset({"he", "she", "they"})


def later_pronoun_subject(text: str, ranges: list[tuple[int, int]], found: Found) -> Found:
    """The pronoun that opens the last clause before the quote, after the subject a speaker was
    guessed from (evidence "subject" or "sentence-subject"): the fragment is that clause's.

    A participle's cue (`…, saying she believed "…"`) keeps its subject: the later clause is part of
    what the participle reports, and its pronoun may be someone else.
    """
    if found.evidence not in ("subject", "sentence-subject") or found.cue.text.lower().endswith("ing"):
        return found
    tokens = range_tokens(text, ranges)
    after = max(found.mention.end, found.cue.end)
    for k in range(len(tokens) - 3, -1, -1):
        if tokens[k].start < after:
            break
        pronoun, verb = tokens[k + 1], tokens[k + 2]
        if (
            tokens[k].low in _CLAUSE_JOINS
            and pronoun.low in _PERSONAL
            and verb.text.isalpha()
            and verb.text.islower()
            and verb.low not in function_words.LINKING_VERBS  # `he looked "…"` describes him
        ):
            return replace(found, mention=span_of(text, tokens, k + 1, k + 2), kind="pronoun", role=None)
    return found
