"""A naming verb in a relative clause with no relative word (`a project the host government calls
"…"`, `what the ruling party terms "…"`): the phrase before the verb is its subject, and the
quoted words are that subject's name for the thing before it."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract.tokens import Token

# Forms of verbs that give a thing a name and are also nouns ("calls for talks", "the terms"); not
# "term", "brand" or "label", which before a quoted name are mostly nouns (`the aluminium brand "…"`).
_NAMING_FORMS = frozenset({"call", "calls", "terms"})

# Subject determiners of such a clause (`the government`, `its ministry`).
_SUBJECT_DETERMINERS = frozenset({"the", "its", "his", "her", "their", "this"})

# How many words may stand between the determiner and the verb (`the host government`).
_REACH = 3


def names_thing_before(tokens: list[Token], v: int) -> bool:
    """Whether tokens[v] is a naming verb right before the quote whose subject is a short phrase
    opened by a determiner that follows a noun or "what"/"which"/"that" (the thing named), not a
    preposition (`the fall of the index calls` is a phrase of another shape)."""
    if tokens[v].low not in _NAMING_FORMS or not tokens[v].text.islower():
        return False
    if v + 1 < len(tokens) and tokens[v + 1].text not in '"“':
        return False  # the quoted name must follow the verb at once
    for k in range(v - 2, max(0, v - 2 - _REACH), -1):
        word = tokens[k + 1]
        if not word.text.isalpha() or word.low in fw.NOUN_MARKERS or word.low in fw.PREPOSITIONS:
            return False
        if tokens[k].low in _SUBJECT_DETERMINERS and tokens[k].text.islower():
            if k == 0:
                return False
            before = tokens[k - 1]
            return (
                before.text.isalpha()
                and before.text.islower()
                and before.low not in fw.PREPOSITIONS
                and before.low not in fw.NOUN_MARKERS
                and before.low not in ("and", "or", "but", "as", "while")
                and not before.low.endswith("ed")  # `made the final call "…"`: a verb's object
            )
    return False
