"""A person's gender from the article's own next sentence: `Maribel Estrada-Hune, a council member,
is running for mayor. She spoke with …` makes Estrada-Hune a she, for a given name the name lists
do not know. One pass over the text; a surname seen with both genders is left unknown."""

from __future__ import annotations

import re

from osceq.extract import name_words as w
from osceq.extract.given_names import given_name_gender
from osceq.extract.letter_cases import any_case_pattern
from osceq.extract.name_words import ABBREVIATED_TITLES
from osceq.extract.text import fold
from osceq.extract.titled_people import courtesy_titles, titled_particle_surnames

# A full stop that ends no sentence: a title's (`… his running mate, Rep. Ann Lee, as …`).
_NOT_AFTER_TITLE = "".join(rf"(?<!\b{title}\.)" for title in ABBREVIATED_TITLES)  # (after the stop: fast)
# A sentence opening on a capitalised name run, then the next sentence opening on He or She.
_NAME_THEN_PRONOUN = any_case_pattern(
    rf"(?:^|\n|[.!?]{_NOT_AFTER_TITLE}[\"”’]?[ \t]+)"
    r"((?:[A-Z][\w’'\-]+[ \t]+){1,3}[A-Z][\w’'\-]*[a-z])(?=[ \t,])"
    r"([^.!?\n]*)[.!?][\"”’]?[ \t]+(He|She)\b"
)
# What any match of _NAME_THEN_PRONOUN ends on.
_PRONOUN_OPENING = re.compile(r"[.!?][\"”’]?[ \t]+(?:He|She)\b")


# A given name with a surname after it: `Maria Quill`, not a town such as `Victoria` alone.
_GIVEN_THEN_SURNAME = any_case_pattern(r"\b([A-Z][a-z]+)[ \t]+[A-Z][\w’'\-]*[a-z]")
# A run of capitalised words (`Kim Sato`, `New York Stock Exchange`).
_CAPITAL_RUN = any_case_pattern(r"\b[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*)*")
# Words that make a capitalised pair a body, a place or a time rather than a person.
_NOT_PEOPLE = w.ORGANISATION_WORDS | w.PLACES | w.OFFICES | w.HONORIFICS


def _another_of_that_sex(rest: str, gender: str) -> bool:
    """Whether the rest of the name's sentence holds a given name of the pronoun's sex: `Dale Okoro
    hugged Marta Quill. She smiled.` may be about Marta, so it tells nothing of Okoro."""
    return any(given_name_gender(w.group(1)) == gender for w in _GIVEN_THEN_SURNAME.finditer(rest))


def _another_person_of_either_sex(rest: str) -> bool:
    """Whether the rest of the name's sentence holds another person whose given name may be of
    either sex (`Robin Ash greeted Kim Sato. She was nervous.`: Kim may be the she, so it tells
    nothing of Ash): a given name in neither list, then a surname, neither of them a word of an
    organisation, a place or a title (`White House`, `New York`, `Gov. Lee`)."""
    for found in _CAPITAL_RUN.finditer(rest):
        words = found.group().lower().split()
        if len(words) != 2 or not found.group()[1:2].islower():
            continue  # a person is a given name and a surname here, not `NATO` or a longer run
        given, surname = words
        if given_name_gender(given) is not None:
            continue  # of the pronoun's sex: `_another_of_that_sex`; of the other: not the he or she
        if any(word in _NOT_PEOPLE or word in w.TITLES for word in (given, surname)):
            continue
        return True
    return False


def next_sentence_genders(text: str) -> dict[str, str]:
    """Surnames (the name run's last word, folded) -> "m" or "f", from a sentence a name opens
    and a next sentence that opens on He or She."""
    if _PRONOUN_OPENING.search(text) is None:
        return {}  # (a scan for the sentence on He or She before the slower pattern's)
    seen: dict[str, set[str]] = {}
    for match in _NAME_THEN_PRONOUN.finditer(text):
        gender = "m" if match.group(3) == "He" else "f"
        if _another_of_that_sex(match.group(2), gender) or _another_person_of_either_sex(match.group(2)):
            continue
        surname = fold(match.group(1).split()[-1])
        seen.setdefault(surname, set()).add(gender)
    return {surname: genders.pop() for surname, genders in seen.items() if len(genders) == 1}


# A man's spouse in his own sentence: `Lee … his wife` makes his `Mrs Lee` no reason to make `Lee`
# alone a she.
_HIS_SPOUSE = re.compile(r"\bhis (?:wife|widow)\b")
_SENTENCE_BREAK = re.compile(r"[.!?\n]")
# A capitalised word: a name's part, or a sentence's first word.
CAPITALISED = any_case_pattern(r"\b[A-Z][\w’'\-]+")
_FEMALE_COURTESY = frozenset({"Mrs", "Ms", "Miss", "Dame", "Lady", "Queen", "Princess"})


def title_genders(text: str) -> dict[str, str]:
    """Surnames (folded) -> "m" or "f" from the courtesy titles written before them (`Mrs. Lee`,
    `Sir Tom Holm`); the `Mrs` of a surname whose bearer's sentence names his wife tells nothing
    (`Governor Lee denied his wife runs …; the governor and Mrs Lee …`: `Lee` is still he)."""
    genders: dict[str, str] = {}
    husbands = {
        fold(word) for match in _HIS_SPOUSE.finditer(text) for word in _before_in_sentence(text, match)
    }
    for match in courtesy_titles(text):
        surname = fold(match.group(2))
        if match.group(1) == "Mrs" and surname in husbands:
            continue
        genders[surname] = "f" if match.group(1) in _FEMALE_COURTESY else "m"
    for match in titled_particle_surnames(text):  # `Mr. de la Cruz`: a he, as `Mr. Cruz` would be
        surname = fold(match.group(2).split()[-1])
        if match.group(1) != "Dr" and not (match.group(1) == "Mrs" and surname in husbands):
            genders[surname] = "f" if match.group(1) in _FEMALE_COURTESY else "m"
    return genders


def _before_in_sentence(text: str, match: re.Match[str]) -> list[str]:
    """The capitalised words of the 80 characters before a match, back to its sentence's start."""
    before = text[max(0, match.start() - 80) : match.start()]
    breaks = list(_SENTENCE_BREAK.finditer(before))
    return CAPITALISED.findall(before[breaks[-1].end() :] if breaks else before)
