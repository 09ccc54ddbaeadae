"""A person's name set beside a possessive relation or role (`His mother, Denise Banks, said`,
`the firm's founder, Ivo Fields, said`): the name is the person's even when its surname is also a
word of firms' names, as long as it opens with a known given name."""

from __future__ import annotations

from osceq.extract import name_words as w
from osceq.extract.given_names import first_name_gender
from osceq.extract.kin_words import KIN_NOUNS
from osceq.extract.word_kinds import agent_noun, person_noun

# Possessive determiners that make a description somebody's relation or role.
_POSSESSIVES = frozenset({"his", "her", "their", "my", "our", "your"})


def given_name_beside_relation(name: str, description: str) -> bool:
    """Whether name, set off by commas after description, is a person's: a known given name and one
    more word (no place), after a possessive description whose head is a relation or a person noun
    (`his mother`, `her lawyer`, `the company's founder`)."""
    words = name.split()
    said = description.split()
    if len(words) != 2 or first_name_gender(name) is None or not said:
        return False
    if any(word.lower() in w.PLACES for word in words):
        return False
    opener = said[0].lower()
    if opener not in _POSSESSIVES and not any(word.endswith(("'s", "’s")) for word in said[:-1]):
        return False
    head = said[-1].lower()
    return head in w.RELATION_NOUNS or head in KIN_NOUNS or person_noun(head) or agent_noun(head)


def relation_noun(head: str) -> bool:
    """Whether a lower-case noun names a relation to another person (`mother`, `cousin`, `rival`)."""
    return head in w.RELATION_NOUNS or head in KIN_NOUNS
