"""How a sentence's subject starts: whether a clause or phrase opens the sentence before it, and
whether a word may begin a subject (a pronoun, a capitalised name word, a focus word before one).
Read by `subjects.py`."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract.tokens import PRONOUN_SUBJECTS, Token, capitalised

__all__ = ["FOCUS_WORDS", "opens_phrase", "opens_subject", "opens_subject_after_focus", "pronoun"]

# Words that may stand before a subject name without being part of it.
FOCUS_WORDS = frozenset({"even", "only", "just"})


def opens_phrase(tokens: list[Token], i: int) -> bool:
    """Whether the sentence opens with a clause or phrase before its subject: a subordinator or a
    preposition ("After the vote ended in chaos, Ann Lee …"), a time phrase ("Weeks after the vote,
    Lee …"), or a participle ("Regarding Lee's remarks, Ebner …"; not a name ending in -ing, which a
    comma follows: "Manning, a lawyer, …")."""
    word = tokens[i].low
    if word in fw.SUBORDINATORS or word in fw.PREPOSITIONS or word in fw.ADVERBIAL_PREPOSITIONS:
        return True
    if word in fw.TIME_WORDS and i + 1 < len(tokens) and tokens[i + 1].low in ("after", "before"):
        return True
    following = tokens[i + 1].text if i + 1 < len(tokens) else ","
    if word.endswith("ed") and len(word) > 4 and following.lower() in fw.PREPOSITIONS | {"by"}:
        return True  # a past participle's phrase: "Asked by reporters to clarify …, Lee said"
    return word.endswith("ing") and len(word) > 5 and following not in (",", ".")


def pronoun(token: Token) -> bool:
    """A subject pronoun, contracted or not ("he", "she's", "he’d")."""
    return token.low.replace("’", "'").split("'")[0] in PRONOUN_SUBJECTS


def opens_subject_after_focus(tokens: list[Token], k: int) -> bool:
    """Whether a subject opens at token k, or after a focus word there ("And even Lee, …")."""
    if tokens[k].low in FOCUS_WORDS and k + 1 < len(tokens):
        return capitalised(tokens[k + 1])
    return opens_subject(tokens[k])


def opens_subject(token: Token, age: bool = False) -> bool:
    """Whether a word can begin a subject: a pronoun, or a capitalised word that may start a name
    (or, when asked, an age before one: "62-year-old Ann Lee")."""
    if pronoun(token) or (age and token.low[:1].isdigit() and token.low.endswith("-old")):
        return True
    return token.text[:1].isupper() and token.low not in fw.NOT_NAME_WORDS and token.low not in fw.INTRO_WORDS
