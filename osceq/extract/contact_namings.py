"""A naming verb in a relative clause with no relative word, after a noun of the main clause's
report (`She said the gifts came while he steered a bill the hospital lobby had called its "…"`):
the clause's subject gave the thing its quoted name, so the words are that subject's, not the main
clause's speaker's."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract import reporting as lex
from osceq.extract.contact_relatives import determined_noun
from osceq.extract.judged_thing_words import JUDGED_THINGS
from osceq.extract.phrases import np_backward
from osceq.extract.tokens import Token
from osceq.extract.verb_or_noun import is_verb

# Forms of naming verbs (`called`, `calls`, `dubbed`, `terms`).
_NAMING = fw.NAMING_PARTICIPLES | {"call", "calls", "terms"}
# Words a naming verb may take before the quoted name (`called its "…"`, `called it "…"`).
_NAMED_OBJECTS = frozenset({"it", "its", "them", "their", "him", "his", "her"})
# Words that are no noun such a clause could describe.
_NOT_NOUNS = fw.NOUN_MARKERS | fw.PREPOSITIONS | fw.DETERMINERS | {"and", "or", "but", "that", "which", "who"}


def names_in_contact_relative(tokens: list[Token], v: int) -> bool:
    """Whether the naming verb at v, right before the quote (but for `it` or `its`), has a subject (a
    name or a noun phrase) that follows a noun and its determiner with no relative word between."""
    if tokens[v].low not in _NAMING or not tokens[v].text.islower():
        return False
    if len(tokens) - v > 2 or any(t.low not in _NAMED_OBJECTS for t in tokens[v + 1 :]):
        return False
    subject = np_backward(tokens, v)
    if subject is None or subject[2] not in ("name", "nominal") or subject[0] < 2:
        return False
    a = subject[0]
    if subject[2] == "name" and not tokens[a].text[:1].isupper():
        return False  # (`a new bill Tarn Freight called`: a name read back over the noun's words)
    noun = tokens[a - 1]
    # (`a friend the family called "Bud"`, `the dog the children called "Rex"`: a name given, no speech)
    if noun.low not in JUDGED_THINGS or noun.low in _NOT_NOUNS or is_verb(tokens, a - 1):
        return False
    k = determined_noun(tokens, a - 1, reach=3)  # (`a sweeping new bill`)
    if k is None:
        return False
    return k == 0 or tokens[k - 1].low not in lex.TELL_FORMS  # (`told the crowd the mayor called it`)
