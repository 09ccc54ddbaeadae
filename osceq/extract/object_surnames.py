"""A surname alone as the object of a sentence's verb (`The answer caught Kell off guard.`): the one
person the sentence is about, though no given name shows it is no place's."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract import reporting as lex
from osceq.extract.given_names import first_name_gender
from osceq.extract.tokens import Token

# Words before a one-word name that make it no verb's object: a place's (`moved to Kell`, `the Kell
# plant`), or the subject of a clause (`said Kell was`, `that was Kell`, `and Kell denied`).
_NOT_OBJECT_LEADS = (
    fw.PREPOSITIONS
    | fw.NOT_NAME_WORDS
    | fw.SPEAKING_PLACES
    | fw.COPULAS
    | fw.FINITE_BE
    | fw.PASSIVE_AUXILIARIES
    | fw.MODALS
    | lex.REPORTING_FORMS
    | {"into", "onto"}
)


def plainly_a_persons(tokens: list[Token], found: tuple[int, str]) -> bool:
    """Whether the name found (its offset, its text), the one person a sentence names, is plainly a
    person's: a known given name opens it, or it is one word right after a verb other than one of
    being or saying (`caught Kell`)."""
    if first_name_gender(found[1]) is not None:
        return True
    if " " in found[1]:
        return False
    k = next((i for i, token in enumerate(tokens) if token.start == found[0]), 0)
    before = tokens[k - 1] if k > 0 else None
    return (
        before is not None
        and before.text.isalpha()
        and before.text.islower()
        and before.low not in _NOT_OBJECT_LEADS
    )
