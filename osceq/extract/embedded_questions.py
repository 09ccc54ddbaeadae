"""A reporting verb inside a `whether` question that closes before the quote (`To one, who asked
whether Tom Bell had called her, she said he had, "…"`), or inside a question put by a verb of
asking (`a man can be heard asking what the party would say to voters`): the question's content,
never the tag of the words after it."""

from __future__ import annotations

from osceq.extract.phrases import np_backward
from osceq.extract.tokens import Token

__all__ = ["in_asked_question", "in_closed_question"]

_REACH = 12  # tokens back from the verb to its "whether"


def in_closed_question(tokens: list[Token], v: int) -> bool:
    """Whether the verb at v sits in a `whether` clause that a comma closes before the quote."""
    for k in range(v - 1, max(-1, v - _REACH), -1):
        word = tokens[k]
        if word.text in ',;:()"“”':
            return False
        if word.low == "whether":
            return any(t.text == "," for t in tokens[v + 1 : len(tokens) - 1])
    return False


# Words opening a question put by a verb of asking (`asking what`, `wondered how`); not `when`, `if`
# or `who`, which open a clause of time, a condition or a relative as often as a question.
_QUESTION_WORDS = frozenset({"what", "how", "whether", "why", "where"})
# Forms of verbs that put a question (`asked`, `asking`, `wondered`).
_ASKING = frozenset({"ask", "asks", "asked", "asking", "wonder", "wonders", "wondered", "wondering"})
_OBJECT_REACH = 4  # words between the verb of asking and its question (`asked Mayor Ann Lee what`)
# Modals of a speech only wondered about (`what the party would say`); not `did`, `had`, `was`.
_MODALS = frozenset({"would", "will", "could", "can", "should", "might", "may", "must", "shall"})
# Words that end a question before a later clause (`asked whether … and Ann Lee said`).
_CLAUSE_BREAKS = frozenset({"and", "but", "or", "while", "then"})


def in_asked_question(tokens: list[Token], v: int) -> bool:
    """Whether the verb at v is the verb of a question a verb of asking puts (`asking what the party
    would say`): the words after it are the asker's, not the question's subject's."""
    if not _under_modal(tokens, v):
        return False  # `asking why the senator claimed the tax was "…"`: the senator did say it
    for k in range(v - 1, max(-1, v - _REACH), -1):
        word = tokens[k]
        if word.text in ',;:()"“”' or word.low in _CLAUSE_BREAKS:
            return False
        if word.low in _QUESTION_WORDS and word.text.islower():
            subject = np_backward(tokens, v)  # the question's own subject runs into the verb
            if subject is None or subject[0] != k + 1:
                return False  # (`asked why she quit the mayor said`: a new clause)
            return any(
                tokens[m].low in _ASKING and tokens[m].text.islower()
                for m in range(k - 1, max(-1, k - 2 - _OBJECT_REACH), -1)
                if not any(t.text in ',;:()"“”' for t in tokens[m:k])
            )
    return False


def _under_modal(tokens: list[Token], v: int) -> bool:
    """Whether the verb at v follows a modal (`would say`, `will ever tell`): a speech wondered about,
    not one that took place."""
    return any(t.low in _MODALS and t.text.islower() for t in tokens[max(0, v - 3) : v])
