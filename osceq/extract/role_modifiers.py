"""Lower-case words that may open a role set before a name (`council member Ann Lee`, `former
club captain Bo Park`, `opposition party leader Ivo Marsh`): the modifiers and heads of roles, not
the verbs of a clause (`defeating council member Ann Lee`). Read through `apposed_names`."""

from __future__ import annotations

from osceq.extract.name_words import OFFICES, ORGANISATION_WORDS
from osceq.extract.word_lists import words as _words

__all__ = ["ROLE_MODIFIERS"]


# Beside the title words and the nouns for people, which `apposed_names` tests itself.
ROLE_MODIFIERS = (
    _words(
        """
        city county district ex fellow hedge interim local longtime long-time new opposition police
        retired state team town veteran ward
        """
    )
    | ORGANISATION_WORDS
    | OFFICES
)
