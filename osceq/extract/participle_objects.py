"""The participle a phrase before a verb belongs to (`a source speaking to Harbour News said`, `the
minister quoted on Monday by the agency said`): the phrase is its object or its agent, and the verb's
subject stands before the participle."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract import reporting as lex
from osceq.extract.tokens import Token, is_word, ly_adverb

# A short time phrase may stand between a participle and its "by" (`put forward this week by`).
_TIME_WORDS = fw.TIME_NOUNS | fw.TIME_HEADS | fw.TIME_WORDS | frozenset({"month", "year"})
# The most words such a time phrase may have: shared by every rule that steps over one to its "by".
MOST_TIME_WORDS = 2


def time_word(token: Token) -> bool:
    """Whether a word between a participle and its "by" belongs to a time phrase or is an adverb."""
    return token.low in _TIME_WORDS or (token.low.endswith("ly") and token.text.islower())


def participle_of_object(tokens: list[Token], a: int) -> int | None:
    """The participle whose object or by-agent is the phrase starting at token a, or None."""
    if a < 2 or tokens[a - 1].low not in fw.PARTICIPLE_PREPOSITIONS:
        return None
    by = tokens[a - 1].low == "by"
    p = a - 2
    while by and p > 0 and a - 2 - p < MOST_TIME_WORDS and time_word(tokens[p]):
        p -= 1  # (`quoted on Monday by the agency`)
    participle = tokens[p]
    if not participle.text.islower() or not participle.low.endswith(("ing", "ed")):
        return None
    if participle.low not in lex.REPORTING_FORMS:
        return p
    # A reporting participle right after a noun, its agent after "by" (`the minister quoted by the
    # agency said`), is a reduced passive: the agent reported the noun's words, and is no subject.
    prior = tokens[p - 1] if p > 0 else None
    if not by or prior is None or not is_word(prior) or prior.low in fw.PASSIVE_AUXILIARIES:
        return None
    if prior.low in fw.INTRO_WORDS or prior.low in fw.SENTENCE_ADVERBS:
        return None  # `Later asked by reporters Ann Lee said`: an opening adverb is no noun
    return None if ly_adverb(prior) else p
