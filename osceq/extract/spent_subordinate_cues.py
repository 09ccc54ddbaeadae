"""A cue spent inside an opening subordinate clause (`While Ivo Pell calls the plan "bold," Ada Dunn
fixes on the "reset" line`): the main clause after the comma has a subject and a verb of its own,
so a quotation in it is not the words of the subordinate clause's subject."""

from __future__ import annotations

import re

from osceq.extract import function_words as fw
from osceq.extract.forward_phrases import np_forward
from osceq.extract.name_words import IRREGULAR_PAST
from osceq.extract.phrases import np_backward
from osceq.extract.spent_cue_words import (
    ADVERBS_BEFORE_VERB,
    APART_SUBORDINATORS,
    COORDINATORS,
    NOT_VERBS_AFTER_SUBJECT,
    PERSON_PRONOUNS,
    PLURAL_PERSON_PRONOUNS,
)
from osceq.extract.tokens import Token, capitalised, is_word, past_verb


def spent_in_subordinate(tokens: list[Token], cue: int, comma: int) -> bool:
    """Whether the cue at index cue lies in an opening subordinate clause ending at the comma at
    index comma, and a main clause with its own subject and verb runs from that comma to the
    quotation (the end of tokens), with no pronoun in it that may stand for the first subject."""
    return 0 <= cue < comma and _opens_apart(tokens, cue) and _spends(tokens, comma + 1, cue)


# The rest of the sentence after the quotation ends on a source (`…, according to a source.`).
_SOURCE_CLOSES = re.compile(r"[^.!?\n]*,\s+according\s+to\s[^.!?\n]*[.!?]")


def source_closes(text: str, after: int) -> bool:
    """Whether the sentence from index after (the opening mark of the quotation) ends on `, according
    to …`: that source reports the sentence's words, so the spent cue may stand in for it."""
    return _SOURCE_CLOSES.match(text, after) is not None


def in_opening_subordinate(tokens: list[Token], a: int, b: int, starts: set[int]) -> bool:
    """Whether the subject at tokens[a:b] is that of an opening subordinate clause of time, condition
    or contrast which a main clause with its own subject and verb follows before the quotation
    (`While Pell calls it "bold," Dunn fixes on …`); starts holds the indices of tokens that follow
    a comma or a cut-out quotation, where the main clause may begin."""
    return _opens_apart(tokens, a) and any(_spends(tokens, s, b) for s in starts if s > b)


def _spends(tokens: list[Token], start: int, b: int) -> bool:
    """Whether a main clause of its own opens at index start and holds no pronoun pointing back to
    the subordinate clause's subject ending before index b (`While Lee praised it, he balked at
    its "…"` is Lee's; `While many agreed, his …` points to someone else)."""
    if not _main_clause(tokens, start):
        return False
    head = tokens[_subject_end(tokens, b) - 1] if b > 0 else None
    plural = (
        head is not None and head.text.islower() and (head.low in fw.PLURAL_OPENERS or _plural_noun(head))
    )
    pronouns = PLURAL_PERSON_PRONOUNS if plural else PERSON_PRONOUNS
    return not any(t.low in pronouns for t in tokens[start:])


def _subject_end(tokens: list[Token], b: int) -> int:
    """Where the subject before the verb at index b ends, past auxiliaries and adverbs (`Ann Roe has
    always praised`: after "Roe", not after "always", which is no plural noun)."""
    while b > 1 and (
        tokens[b - 1].low in fw.COPULAS
        or tokens[b - 1].low in fw.MODALS
        or tokens[b - 1].low in ADVERBS_BEFORE_VERB
        or tokens[b - 1].low.endswith("ly")
    ):
        b -= 1
    return b


def _plural_noun(token: Token) -> bool:
    """A lower-case word in -s, most likely a plural noun (`critics`), which no he or she stands for."""
    return token.low.endswith("s") and not token.low.endswith(("ss", "us", "is"))


def _opens_apart(tokens: list[Token], a: int) -> bool:
    """Whether the sentence opens, before token a, on a subordinator of time, condition or contrast."""
    opener = next((k for k, t in enumerate(tokens[:a]) if is_word(t)), None)
    return opener is not None and tokens[opener].low in APART_SUBORDINATORS


def _main_clause(tokens: list[Token], start: int) -> bool:
    """Whether a subject followed by a verb of its own (`Ada Dunn fixes on`) opens at index start
    (past a closing mark), with no more commas before the quotation at the end of tokens (a list
    or an aside would leave the clause unclear)."""
    while start < len(tokens) and not is_word(tokens[start]):
        start += 1  # (the closing mark of a quotation that ends the clause: `calls it "bold,"`)
    if any(t.text in ",;:" for t in tokens[start : len(tokens) - 1]):
        return False
    return any(_subject_then_verb(tokens, start, k) for k in range(start + 1, len(tokens)))


def _subject_then_verb(tokens: list[Token], start: int, k: int) -> bool:
    """Whether tokens[k] is a word that may be a finite verb and the noun phrase before it runs back
    exactly to index start."""
    token = tokens[k]
    if not is_word(token) or not token.text.islower():
        return False
    if token.low in fw.PREPOSITIONS or token.low in NOT_VERBS_AFTER_SUBJECT:
        return False
    subject = np_backward(tokens, k)
    return subject is not None and subject[0] == start and subject[2] in ("name", "nominal", "pronoun")


def spent_by_coordinate(tokens: list[Token], cue: int) -> bool:
    """Whether, after the cue at index cue, a comma and a coordinator (`, and`, `, but`) open a
    clause with its own subject and verb that runs on to the quotation (`Lee praised the plan, and
    the crowd booed the "giveaway"`)."""
    if cue < 0:
        return False
    found = np_forward(tokens, cue + 1)
    k = found[0] if found is not None else -1
    # The cue's object is a plain noun phrase closed by the comma (`praised the plan,`), not a
    # reported clause that may run on past it (`said the plan was sound, and …`).
    return k > 0 and _coordinate_clause_at(tokens, k)


def coordinate_clause_after(tokens: list[Token], b: int) -> bool:
    """Whether a comma and a coordinator after index b open a clause with its own subject and verb
    that runs on to the quotation (`Lee named the mayor, and the crowd took up the chant "…"`)."""
    return any(_coordinate_clause_at(tokens, k) for k in range(b, len(tokens) - 2))


def _coordinate_clause_at(tokens: list[Token], k: int) -> bool:
    """Whether a comma at index k and a coordinator open a clause with its own subject and verb
    running on to the quotation, holding no person's pronoun that may stand for the first subject
    (`…, and Roe watched her urge voters to`: the quotation may be the first subject's words)."""
    return (
        k < len(tokens) - 2
        and tokens[k].text == ","
        and tokens[k + 1].low in COORDINATORS
        and _main_clause(tokens, k + 2)
        and not any(t.low in PERSON_PRONOUNS for t in tokens[k + 2 :])
    )


def own_subject_after_semicolon(tokens: list[Token], b: int, v: int) -> bool:
    """Whether a semicolon between index b and index v opens a clause on a subject of its own (a
    name, or a determiner and a noun) with a finite verb before v or at it (`…; Roe's motto was`,
    `…; his motto was`), not on the next verb of a list sharing the subject before it (`…; praised
    the plan; and declared that`) nor on a list of things (`wants three things; a bridge, a …`)."""
    k = max((m for m in range(b, min(v, len(tokens) - 1)) if tokens[m].text == ";"), default=-1)
    if k < 0 or k + 2 >= len(tokens):
        return False
    after, noun = tokens[k + 1], tokens[k + 2]
    named = capitalised(after) and after.low not in COORDINATORS
    if not named and not (after.low in fw.DETERMINERS and is_word(noun) and noun.text.islower()):
        return False
    return _finite_verb_from(tokens, k + 2, min(v + 1, len(tokens)))


def _finite_verb_from(tokens: list[Token], start: int, stop: int) -> bool:
    """Whether a finite verb (a past form or one of "be") comes in tokens[start:stop] before any
    comma, which would open a list or an aside."""
    for t in tokens[start:stop]:
        if t.text == ",":
            return False
        if t.text.islower() and (past_verb(t) or t.low in IRREGULAR_PAST or t.low in fw.FINITE_BE):
            return True
    return False
