"""A speaker's role apposition left open before the verb (`Ann Lee, director of research at Kestrel Bank
said …`): the phrase right before the verb is the object of the role's preposition, and the speaker
is the name before the apposition's comma. open_appositions.py reads the shape inside the backward
phrase itself, for a lower-case role of up to four words (`A.K. Lund, analyst at Kestrel and Co`)."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract.open_appositions import opens_with_preposition
from osceq.extract.phrases import np_backward
from osceq.extract.tokens import Token
from osceq.extract.verb_or_noun import is_verb
from osceq.extract.word_kinds import agent_noun, person_noun, title_word

# Prepositions that tie a role to its organisation (`director of`, `analyst at`, `spokesman for`).
_ROLE_LINKS = frozenset({"of", "at", "for"})
# How many words a role may run between the comma and its preposition
# (`managing director and head of research of`).
_ROLE_REACH = 8


def name_before_open_apposition(
    tokens: list[Token], subject: tuple[int, int, str]
) -> tuple[int, int, str] | None:
    """The name before an unclosed apposition whose preposition's object was read as the subject:
    `Ann Lee, chairman of Kestrel said` gives "Ann Lee" for the subject "Kestrel" (and for
    `Ann Lee, president and CEO of Kestrel said`, "CEO of Kestrel"). None when no role with its
    preposition runs from a comma to the subject, or no name stands before that comma."""
    a, b, _ = subject
    for k in range(a - 1, max(0, a - 1 - _ROLE_REACH), -1):
        word = tokens[k]
        if word.text == ",":
            role = tokens[k + 1 : b]
            if k == a - 1 or not any(t.low in _ROLE_LINKS for t in role) or not _opens_role(role):
                return None  # `Lee, Roe and Ebner said`, `Lee, with one of her aides said`: no role
            named = np_backward(tokens, k)
            if (
                named is None
                or named[1] != k
                or named[2] != "name"
                or opens_with_preposition(tokens, *named[:2])
            ):
                return None  # `Like Ann Lee, chairman of Kestrel said`: Lee is not the subject
            return named
        if not word.text[:1].isalpha() or is_verb(tokens, k):
            return None  # a clause or a sentence of its own, not a role
    return None


def _opens_role(role: list[Token]) -> bool:
    """Whether words after a comma open a role (`director of`, `an analyst at`, `senior vice
    president for`), not a clause (`where the head of …`, `with one of …`)."""
    i = 1 if role and role[0].low in fw.ARTICLES else 0
    while i < len(role) - 1 and role[i].low in _ROLE_MODIFIERS:
        i += 1
    if i >= len(role):
        return False
    word = role[i].text
    return title_word(word) or person_noun(word) or agent_noun(word)


# Words that may stand before a role's noun (`senior vice president`, `chief economist`).
_ROLE_MODIFIERS = frozenset(
    {"senior", "chief", "vice", "deputy", "managing", "executive", "general", "joint"}
)
