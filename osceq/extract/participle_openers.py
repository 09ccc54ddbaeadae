"""A sentence opening on a reporting participle (`Answering questions from …, Lee said`): the
capitalised participle is no name, so the noun after it is its object, not a verb with a subject."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract import reporting as lex
from osceq.extract.tokens import Token, past_verb

# Past forms of reporting verbs that do not end in -ed (`Reading said …`: a finite verb).
_IRREGULAR_PAST = frozenset({"said", "told", "spoke", "wrote", "swore", "thought", "began"})


def participle_read_as_name(tokens: list[Token], subject: tuple[int, int, str]) -> bool:
    """Whether a one-word "name" is a reporting participle opening the sentence (`Confirming …`):
    its own object follows it, then a comma before the main clause."""
    a, b, kind = subject
    if kind != "name" or b - a != 1 or b >= len(tokens):
        return False
    word = tokens[a]
    if not word.low.endswith("ing") or word.low not in lex.REPORTING_FORMS:
        return False
    if a > 0 and tokens[a - 1].text not in fw.SENTENCE_OPENING_MARKS:
        return False
    if _finite_verb(tokens[b]):
        return False  # `Reading said in a statement:`, `Reading confirmed the news,`: a club's name
    return any(t.text == "," for t in tokens[b + 1 :])


def _finite_verb(token: Token) -> bool:
    """A verb in the past or the present tense right after the word (`said`, `confirmed`, `says`)."""
    if past_verb(token) or token.low in _IRREGULAR_PAST:
        return True
    present = token.low.endswith("s") and token.low not in lex.NOUN_LIKE_FORMS
    return present and token.low in lex.REPORTING_FORMS
