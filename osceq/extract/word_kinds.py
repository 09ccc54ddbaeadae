"""Tests of single words in a speaker mention: a title, a noun for a person, a word of a name.
Standard library and word lists only (loaded by every query through `names.py`)."""

from __future__ import annotations

from functools import lru_cache

from osceq.extract import function_words as fw
from osceq.extract import name_words as w
from osceq.extract.kin_words import KIN_NOUNS

__all__ = [
    "KIN_OR_PERSON_NOUNS",
    "agent_noun",
    "firm_role",
    "kin_or_person_noun",
    "name_word",
    "participle_after_noun",
    "person_noun",
    "plural_head",
    "title_word",
]

# Nouns for a person one may have or be (`niece`, `lawyer`, `rival`): kin, people's nouns, relations.
KIN_OR_PERSON_NOUNS = KIN_NOUNS | w.PERSON_NOUNS | w.RELATION_NOUNS


def kin_or_person_noun(word: str) -> bool:
    """Whether a lower-case singular noun is for a person one may have or be (`niece`, `pollster`)."""
    return word in KIN_OR_PERSON_NOUNS


# Endings of nouns for what a person does: columnist, pollster, founder, director, consultant,
# historian, chairman, nominee, entrepreneur, candidate, executive, hopeful.
_AGENT_ENDINGS = ("ist", "er", "or", "ant", "ent", "ian", "man", "woman", "ee", "eur", "ate", "ive", "ful")


def agent_noun(token: str) -> bool:
    return len(token) > 4 and token.endswith(_AGENT_ENDINGS) and token.lower() not in w.NOT_AGENT_NOUNS


def name_word(token: str) -> bool:
    """A word that can be part of a name: capitalised, or a hyphenated particle form ("al-Sabah")."""
    if token[:1].isupper():
        low = token.lower()
        return low not in w.NAME_BREAKS and low not in w.DESCRIPTION_OPENERS and low != "the"
    head, dash, rest = token.partition("-")
    return bool(dash) and head in w.NAME_PARTICLES | {"al", "el", "bin", "ibn"} and rest[:1].isupper()


def title_word(token: str, nouns_only: bool = False) -> bool:
    """A title word ("Minister", "Gov.", "Secretary-General", "Deputy"), or one with a letter dropped.

    With nouns_only, the words that only modify a title ("Deputy", "Foreign") do not count.
    """
    if len(token) > _LONGEST_TITLE + 1:
        # No title with a letter added is so long: only dots after a title or a hyphenated part may
        # make it one. (Trying each letter dropped took square time in the word's length.)
        low = token.lower()
        return low.rstrip(".") in w.TITLES or (
            "-" in low and any(part in w.TITLES for part in low.split("-"))
        )
    return _short_title_word(token, nouns_only)


_LONGEST_TITLE = max(len(title) for title in w.TITLES | w.TITLE_MODIFIERS)


# Cached: asked of the same words again and again, and a long word that is no title is tried with
# each of its letters dropped. (Only short words: a cached long word would be kept alive.)
@lru_cache(maxsize=16384)
def _short_title_word(token: str, nouns_only: bool) -> bool:
    low = token.lower()
    if low in w.TITLES or low.rstrip(".") in w.TITLES or (not nouns_only and low in w.TITLE_MODIFIERS):
        return True
    if "-" in low and any(part in w.TITLES for part in low.split("-")):
        return True
    if len(low) < 7 or not low.isalpha():
        return False
    # A letter dropped ("Minster") or doubled ("Miniister"): typos that would glue a title to a name.
    return low in _misspelt_titles() or any(low[:i] + low[i + 1 :] in w.TITLES for i in range(len(low)))


@lru_cache(maxsize=1)
def _misspelt_titles() -> frozenset[str]:
    """Long titles with one letter missing ("Minster"): newswire typos that would glue a title to a name."""
    return frozenset(
        t[:i] + t[i + 1 :] for t in w.TITLES if len(t) >= 8 and t.isalpha() for i in range(len(t))
    )


def person_noun(token: str) -> bool:
    """A noun for a kind of person, singular or plural ("official", "Analysts", "spokesmen")."""
    low = token.lower()
    if low in w.PERSON_NOUNS:
        return True
    if low.endswith("men") and low[:-3] + "man" in w.PERSON_NOUNS:
        return True
    if low.endswith("ies") and low[:-3] + "y" in w.PERSON_NOUNS:
        return True  # "allies"
    return low.endswith("s") and low[:-1] in w.PERSON_NOUNS


# Compass words that end firms' names made of two words ("Lee and Western", "Park and Northern").
_COMPASS = frozenset(("eastern", "northern", "southern", "western", "east", "north", "south", "west"))


def firm_role(role: str, single: bool) -> bool:
    """Whether a role after "Name and" goes on a firm's name: "Co analyst", "Drew analyst" after
    one word, "Futures debt analyst" (a name, then an occupation in lower case); not a title
    ("Sen."), a place or a party ("Democratic pollster"), which leave two people."""
    words = role.split()
    first = words[0]
    if first.lower().rstrip(".") in w.FIRM_ENDINGS:
        return True
    if single and first.lower() in _COMPASS and len(words) > 1 and words[1].islower():
        return True  # "Lee and Western chairman": a compass word ends a firm's name before a role
    if title_word(first) or first.lower() in w.PLACES or first.startswith(("Democrat", "Republican")):
        return False
    return single or any(word.islower() and person_noun(word) for word in words[1:])


def participle_after_noun(noun: str, participle: str) -> bool:
    """Whether a lower-case noun and a participle of acting on a person read as a head and its verb
    (`lawyers representing`), not a role in -ing after a determiner or a modifier (`the prosecuting
    attorney`, `former defending champion`)."""
    return (
        participle in fw.OBJECT_PARTICIPLES
        and noun.isalpha()
        and noun.islower()
        and noun not in fw.DETERMINERS
        and noun not in w.TITLE_MODIFIERS
    )


def plural_head(word: str) -> bool:
    """Whether a word reads as a plural head (`detectives`, `Lawyers`, `police`), not a determiner."""
    low = word.lower()
    plural = low.endswith("s") and not low.endswith("ss") and len(low) > 3
    return word.isalpha() and (plural or low in fw.PLURAL_HEADS) and low not in fw.DETERMINERS
