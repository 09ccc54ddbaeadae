"""A pronoun subject of a later clause, nearer a quoted fragment than the subject it was guessed
from (`Lee signed the lease, though she admits she feels "real doubts"`)."""

from __future__ import annotations

from dataclasses import replace

from osceq.extract import function_words
from osceq.extract import reporting as lex
from osceq.extract.attribution import Found
from osceq.extract.clause_join_words import CLAUSE_JOINS
from osceq.extract.tokens import Token, range_tokens, span_of

_PERSONAL = frozenset({"he", "she", "they"})
# Participles of speaking that report nothing by themselves (`speaking for most people by admitting`).
_SPEAKING = frozenset({"speaking", "talking"})


def later_pronoun_subject(text: str, ranges: list[tuple[int, int]], found: Found) -> Found:
    """The pronoun that opens the last clause before the quote, after the subject a speaker was
    guessed from (evidence "subject" or "sentence-subject"): the fragment is that clause's.

    A participle's cue (`…, saying she believed "…"`) keeps its subject: the later clause is part of
    what the participle reports, and its pronoun may be someone else.
    """
    if found.evidence not in ("subject", "sentence-subject"):
        return found
    tokens = range_tokens(text, ranges)
    speaking = _speaking_with(tokens, found.mention.end)
    if speaking is not None:  # (before the participle's own subject: the with clause holds the cue)
        return replace(found, mention=span_of(text, tokens, *speaking), kind="name", role=None)
    if found.cue.text.lower().endswith("ing"):
        return found
    after = max(found.mention.end, found.cue.end)
    for k in range(len(tokens) - 3, -1, -1):
        if tokens[k].start < after:
            break
        pronoun, verb = tokens[k + 1], tokens[k + 2]
        if (
            tokens[k].low in CLAUSE_JOINS
            and pronoun.low in _PERSONAL
            and verb.text.isalpha()
            and verb.text.islower()
            and verb.low not in function_words.LINKING_VERBS  # `he looked "…"` describes him
        ):
            return replace(found, mention=span_of(text, tokens, k + 1, k + 2), kind="pronoun", role=None)
    return found


def _speaking_with(tokens: list[Token], after: int) -> tuple[int, int] | None:
    """The name of a closing `, with <Name> <speaking or a reporting participle> …` clause (`The town
    was stunned, with Mayor Lee speaking for many by admitting he was "…"`): the name speaks."""
    for k in range(len(tokens) - 3, 0, -1):
        if tokens[k].start < after:
            return None
        if tokens[k].low != "with" or tokens[k - 1].text != ",":
            continue
        end = k + 1
        while (
            end < len(tokens)
            and end - k <= 4
            and tokens[end].text[:1].isupper()
            and tokens[end].text.isalpha()
        ):
            end += 1
        rest = tokens[end:]
        # (the name's own participle speaks: `with Lee watching as the crowd kept chanting` is the crowd's)
        if end == k + 1 or not rest or not _speaking(rest[0].low) or any(t.text == "," for t in rest):
            return None
        return k + 1, end
    return None


def _speaking(word: str) -> bool:
    """A participle of speech (`saying`, `admitting`, `speaking`)."""
    return word.endswith("ing") and (word in lex.REPORTING_FORMS or word in _SPEAKING)
