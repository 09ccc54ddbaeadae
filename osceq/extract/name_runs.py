"""Tests of the words of a speaker mention's capitalised run: whether a phrase ending in a title
still describes, whether a word belongs to a role, where the titles before a name end, and whether
a run names an organisation. Standard library and word lists only."""

from __future__ import annotations

from osceq.extract import name_words as w
from osceq.extract.descriptor_words import DESCRIPTORS_BEFORE_NAMES
from osceq.extract.given_names import is_given_name
from osceq.extract.letter_cases import any_case_pattern
from osceq.extract.mention_shapes import POSSESSIVE
from osceq.extract.police_ranks import police_rank_end
from osceq.extract.royal_places import royal_place
from osceq.extract.word_kinds import person_noun, title_word

__all__ = ["ACRONYM", "describes", "organisation_run", "role_word", "title_end"]

# Dotted acronyms ("U.S.") and short capitals ("USDA", "AT&T").
ACRONYM = any_case_pattern(r"^(?:[A-Z]\.)+[A-Z]\.?$|^[A-Z][A-Z&]{1,3}$")


def describes(body: list[str], opener: bool) -> bool:
    """Whether a phrase ending in a capitalised word still describes ("the Texas Democrat", "Analysts").

    A title or an occupation at the end describes after "the" or after nothing but office words
    ("the Treasury Secretary"); after a name it may be a surname ("Martin Luther King").
    """
    head = body[-1]
    if head.lower() in w.CAPITAL_DESCRIPTIONS or (head.endswith("s") and head.lower()[:-1] in w.PLACES):
        return True  # "the Texas Democrat", "older Germans"
    if not (person_noun(head) or (title_word(head) and not head.endswith("."))):
        return False
    if title_word(head, nouns_only=True) and head.lower() not in w.TITLE_SURNAMES:
        return True  # "Example Sciences President": no name ends in "President"
    return opener or all(role_word(t) for t in body[:-1])


def role_word(token: str) -> bool:
    """A word of a role rather than a name: a title, an office, a place, an organisation, a possessive."""
    low = token.lower()
    return (
        title_word(token)
        or person_noun(token)
        or low in w.OFFICES
        or low in w.PLACES
        or low in w.ORGANISATION_WORDS
        or bool(ACRONYM.match(token))
        or bool(POSSESSIVE.search(token))
    )


def title_end(run: list[str]) -> int:
    """How many leading words of a capitalised run are titles, offices or places rather than the name."""
    if royal_place(run):
        return 0  # `King George Sound`: a place's name, no king's
    cut = 0
    # A generation after the name is no word of it to count ("L.C. Duncan Jr." is not "L.C." and two).
    generation = len(run) > 1 and run[-1].lower() in w.GENERATIONS
    for k, token in enumerate(run[:-1]):
        remaining = len(run) - k - 1 - generation
        low = token.lower()
        if _descriptor_only(token) and not _person_after(run[k + 1 :]):
            continue  # "Victim Support", "Driver Hire": a firm or charity named with such a word
        if (
            title_word(token, nouns_only=True)
            or person_noun(token)
            or low in w.OCCUPATIONS_BEFORE_NAMES
            or low in w.OFFICES
            or low in w.CAPITAL_DESCRIPTIONS
        ):
            cut = k + 1  # "Minister", "Analyst", "Energy" (of "Minister of Mines and Energy"), "Democrat"
        elif low in w.TITLE_MODIFIERS and remaining >= 2:
            cut = k + 1  # "Attorney General Jan Novak", but "General Dynamics" is a company
        elif POSSESSIVE.search(token):
            cut = k + 1  # "Finland's"
        elif remaining >= 2 and (low in w.PLACES or low in w.ORGANISATION_WORDS or ACRONYM.match(token)):
            # "Japan Satoshi Sumita", "Congressional Budget Office Rudolph Penner"; but a place or an
            # initial before a single word may be a first name ("Georgia Smith", "J. Smith").
            cut = k + 1
        elif k >= 1 and low in w.ORGANISATION_WORDS and (run[0].lower() in w.PLACES or cut == k):
            cut = k + 1  # "Soviet Union Halvik": an organisation word after a place or title, no first name
    return max(cut, police_rank_end(run))  # "Det Con Bo Park": a rank written before the name


def _descriptor_only(token: str) -> bool:
    """Whether a word is a descriptor written before names (`Opener`, `Victim`) and no title."""
    low = token.lower()
    return low in DESCRIPTORS_BEFORE_NAMES and not (title_word(token, nouns_only=True) or person_noun(token))


def _person_after(words: list[str]) -> bool:
    """Whether the words after a descriptor read as a person's name: a known given name, then a
    surname-like word of no firm, body or place (`Opener Ann Lee`; not `Rider Levett Bucknall`)."""
    if len(words) < 2 or not is_given_name(words[0]):
        return False
    lows = [word.lower() for word in words[1:]]
    return not any(
        low in w.ORGANISATION_WORDS or low in w.FIRM_ENDINGS or low in w.PLACE_HEADS for low in lows
    )


def organisation_run(words: list[str]) -> bool:
    """Whether a capitalised run names an organisation or a place rather than a person."""
    if not words or royal_place(words):
        return True  # (`Queen Mary Hospital`)
    last = words[-1].lower().rpartition("-")[2]  # "Sun-Times" ends in "Times"
    plural = last.endswith("s") and last[:-1] in w.ORGANISATION_WORDS  # not "Cox", "Coe" (Co)
    if last in w.ORGANISATION_WORDS or last in w.OFFICES or plural:
        return True  # "Ministry", "Treasury", "Associations"
    if all(t.lower() in w.PLACES or ACRONYM.match(t) for t in words):
        return True
    return len(words) > 1 and all(t.isupper() and len(t) > 1 for t in words)
