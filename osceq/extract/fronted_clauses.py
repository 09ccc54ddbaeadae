"""A clause fronted with no comma before the main clause (`After 3 Republicans defected Ann Lee
sent the bill back, saying "…"`): the clause's own verb, read as a word of the main subject's phrase,
ends the clause, and the name after it opens the main clause. The split is certain only when the
capitalised words between the two verbs are one name (`When the Senate confirmed Ann Lee Republicans
cheered` may end the clause's object anywhere: `fronted_objects.py`). Read by `clauses.py` and
`subject_objects.py`."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract import reporting as lex
from osceq.extract.fronted_clause_words import MORE_PAST
from osceq.extract.given_names import is_given_name
from osceq.extract.name_words import IRREGULAR_PAST
from osceq.extract.tokens import Token, capitalised, past_verb
from osceq.extract.word_kinds import title_word

__all__ = ["main_subject_within", "one_name", "verb_before_name", "verb_split"]


def main_subject_within(tokens: list[Token], a: int, b: int) -> tuple[int, int, str] | None:
    """The name opening the main clause, as (start, end, "name"), when the words tokens[a:b] after a
    subordinator hold the clause's verb in the past, one name and another verb in the past (`After 3
    Republicans defected Ann Lee sent the bill back, saying`), else None (`when protesters
    interrupted Ann Lee, shouting` holds the verb's object)."""
    split = verb_split(tokens, a, b)
    if split is None or not one_name(tokens, split[0], split[1]):
        return None
    return split[0], split[1], "name"


def verb_before_name(tokens: list[Token], k: int) -> bool:
    """Whether the lower-case word at k, right before one name, is the verb of a fronted clause whose
    subject ends before it (`When Republicans defected Ann Lee said`), not a role (`the exiled`)."""
    if not (0 < k < len(tokens) - 1 and past_verb(tokens[k]) and capitalised(tokens[k + 1])):
        return False
    subject = tokens[k - 1]
    if not capitalised(subject) or title_word(subject.text) or subject.text.endswith("."):
        return False  # `former Gov. Ann Lee`; `newly elected` has no capital before it
    end = k + 1
    while end < len(tokens) and capitalised(tokens[end]):
        end += 1
    if not one_name(tokens, k + 1, end):
        return False  # (`When Tarnco acquired Vellbank Ann Lee said`: where the object ends is unknown)
    return any(t.low in fw.SUBORDINATORS for t in tokens[: k - 1])


def verb_split(tokens: list[Token], a: int, b: int, in_sentence: bool = False) -> tuple[int, int] | None:
    """(start, end) of the capitalised words between a verb in the past after a subject in
    tokens[a:b] and another verb in the past, else None; in_sentence, from the sentence's opening
    subordinator, the second verb may be one of speech and a comma ends the search."""
    for m in range(a + 1, min(b, len(tokens)) - 2):
        if in_sentence and not tokens[m].text.isalnum():
            return None  # (`When the Senate met, Ann Lee said`: a comma ends the fronted clause)
        if not (_past(tokens[m]) and capitalised(tokens[m + 1])):
            continue
        n = m + 1
        while n < b and capitalised(tokens[n]):
            n += 1
        if n < b and (_past(tokens[n]) or (in_sentence and finite_speech(tokens[n]))):
            return m + 1, n
    return None


def one_name(tokens: list[Token], a: int, b: int) -> bool:
    """Whether the capitalised words tokens[a:b] are one name, past its titles: one word, or a given
    name and one word (`Ann Lee`), so that no object of the clause can end inside them."""
    while a < b and title_word(tokens[a].text):
        a += 1
    return b - a == 1 or (b - a == 2 and is_given_name(tokens[a].text))


def finite_speech(token: Token) -> bool:
    """A lower-case finite verb of speech that is never a noun (`said`, `told`; not `remarks`)."""
    low = token.low
    return (
        token.text.islower()
        and low in lex.REPORTING_FORMS
        and low not in lex.NOUN_LIKE_FORMS
        and not low.endswith("ing")
    )


def _past(token: Token) -> bool:
    """A lower-case verb in the past: an -ed word or an irregular past form."""
    return past_verb(token) or (
        token.text.islower() and (token.low in IRREGULAR_PAST or token.low in MORE_PAST)
    )
