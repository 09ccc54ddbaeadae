"""Names set off beside a description, which the description reader looks for: a name between
commas (`the party's nominee, Ann Lee, said`), a name after an affiliation (`the head of equities at
Kestrel Securities Co, Ann Lee.`), the aside up to its closing comma, and the lower-case particles a
name word may follow."""

from __future__ import annotations

import re

from osceq.extract import function_words as fw
from osceq.extract.given_name_places import PLACE_GIVEN_NAMES
from osceq.extract.given_names import first_name_gender, is_given_name
from osceq.extract.letter_cases import any_case_pattern
from osceq.extract.name_words import (
    ABBREVIATED_GIVEN_NAMES,
    ABBREVIATED_TITLES,
    DESCRIPTION_PREPOSITIONS,
    SERVED_PERSONS,
)
from osceq.extract.role_modifiers import ROLE_MODIFIERS
from osceq.extract.word_kinds import agent_noun, person_noun, title_word

# Lower-case particles a capitalised name word may follow: "Ivo van der Marsh", "Omar al-Tarek"; and
# the Irish `Ó`, a capital alone, which no initial is (`Cathal Ó Briain`).
PARTICLE_WORDS = (
    r"(?:al|el|ben|bin|bint|binti|ibn|da|das|de|del|den|der|di|dos|du|kyzy|la|le|oglu|qizi|uulu|van|von|Ó)"
)
_PARTICLES = rf"(?:{PARTICLE_WORDS}[ -])*"
# The firm a set-off name may carry before its closing comma (`a lawyer for him, Ann Lee of Cole
# Pike, said`): "of" or "at" and up to four capitalised words.
_FIRM_AFTER = r"(?:\s+(?:of|at)\s+(?:[A-Z][\w’'.&\-]*\s+){0,3}[A-Z][\w’'.&\-]*)?"
# A word of a name before its last, with the space after it: a word ending in a full stop only as an
# initial (`J. R. Tolkien`, `J.R.`), an abbreviated title or given name (`Wm.`) or `St.`, so that a
# name never runs past its sentence's end (`said her rival, Ann Lee. Bo Park, a voter, agreed`).
_NAME_WORD = (
    r"(?:[A-Z][\w’'\-]*(?:\.[\w’'\-]+)*|(?:[A-Z]\.){1,3}|(?:"
    + "|".join((*ABBREVIATED_TITLES, *sorted(ABBREVIATED_GIVEN_NAMES), "St"))
    + r")\.)\s+"
)
# `the party's nominee, Ann Lee, said`: a name of one to four capitalised words set off by commas.
# (or ending the sentence: `said the bank's chief economist, Ann Lee.`).
NAME_BETWEEN_COMMAS = any_case_pattern(
    r"\s*,\s*((?:"
    + _PARTICLES
    + _NAME_WORD
    + r"){0,3}"
    + _PARTICLES
    + r"[A-Z][\w’'\-]*[a-z][\w’'\-]*)"
    + _FIRM_AFTER
    + r"\s*(?:\.|,(?!\s*(?:[A-Z][\w’'\-]*\s+){1,3}[A-Z][\w’'\-]*\s*(?:,|and\s|&)))"
)
# A word of a description that is no preposition: `the son of club captain Ann Lee` names the
# son's father, `the owner of Lee Marine` a firm.
_NOT_PREPOSITION = r"(?!(?:" + "|".join(sorted(DESCRIPTION_PREPOSITIONS)) + r")\s)"
# `His pupil, the former club captain Ann Lee, said`: a name of two to four capitalised words after
# "the", "a" or "an" and a description ending on a lower-case word, set off by commas.
DESCRIBED_NAME_BETWEEN_COMMAS = any_case_pattern(
    r"\s*,\s*(?:the|an?)\s+(?:"
    + _NOT_PREPOSITION
    + r"[\w’'.\-]+\s+){0,5}?"
    + _NOT_PREPOSITION
    + r"[a-z][\w’'\-]*\s+((?:"
    + _PARTICLES
    + _NAME_WORD
    + r"){1,3}"
    + _PARTICLES
    + r"[A-Z][\w’'\-]*[a-z][\w’'\-]*)\s*,"
)
# `said the head of equities at Kestrel Securities Co, Ann Lee.`, `a spokeswoman for the mayor, Ann
# Lee, said`, `A buyer for a Leeds hotel group, Ann Lee, said`: an affiliation of capitalised words,
# or "the", "a" or "an" and up to three words ending on a lower-case one, completing a description,
# then the name of two to four words set off by a comma.
AFFILIATION_THEN_NAME = any_case_pattern(
    r"\s+(?:at|of|with|for)\s+(?:(?:the|an?)\s+(?:[A-Za-z][\w’'\-]*\s+){0,2}(?P<noun>[a-z]+)"
    r"|(?:the\s+)?(?P<firm>(?:[A-Z][\w’'.&\-]*\s+(?:(?:of|and|for|the)\s+){0,2}){0,5}[A-Z][\w’'.&\-]*))"
    r"\s*,\s*(?P<name>(?:"
    + _PARTICLES
    + _NAME_WORD
    + r"){1,3}"
    + _PARTICLES
    + r"[A-Z][\w’'\-]*[a-z][\w’'\-]*)"
    + _FIRM_AFTER
    + r"\s*[,.]"
)
# An aside up to its closing comma: no sentence end, quotation or clause mark inside (a dot only
# after an initial or inside an abbreviation).
ASIDE = any_case_pattern(r"(?:[^,;:.!?\"“”\n]|(?<=\b[A-Z])\.|\.(?=\w))+")


def name_after_affiliation(text: str, end: int) -> str | None:
    """The name after a description's affiliation and a comma (`said the head of equities at Kestrel
    Securities Co, Ann Lee.`), when it is a person's: it opens with a common given name, or its last
    word comes back elsewhere in the article (a town after the comma does neither)."""
    found = AFFILIATION_THEN_NAME.match(text, end)
    if found is None or _persons_office(found.group("firm")) or _served_person(found.group("noun")):
        return None
    name = found.group("name")
    words = name.split()
    # A title before the given name (`Sir Ivo Marsh`, `Dr Ann Lee`): the given name tells.
    given = next((k for k, word in enumerate(words[:-1]) if not title_word(word)), 0)
    if first_name_gender(" ".join(words[given:])) is not None:
        return name
    surname = re.compile(rf"\b{re.escape(name.split()[-1])}\b")
    # Within the article around it (a window, not the whole text before: in a huge file each such
    # name searched everything before it, in square time).
    again = surname.search(
        text, max(0, found.start("name") - _ARTICLE_REACH), found.start("name")
    ) or surname.search(text, found.end("name"), found.end("name") + 3000)
    return name if again is not None else None


# How far back (characters) a name may come back to count as the article's: longer than most articles.
_ARTICLE_REACH = 20_000


def _served_person(noun: str | None) -> bool:
    """Whether a lower-case affiliation ends on people (`a lawyer for a Leeds pensioner`, `a friend
    of the victim`): a name set off after it may be theirs, the client's, not the describer's."""
    if noun is None:
        return False
    if noun.endswith(("man", "men")):
        return True  # `a fisherman`, `the linesmen`
    return noun in SERVED_PERSONS or noun.rstrip("s") in SERVED_PERSONS or person_noun(noun)


def _persons_office(affiliation: str | None) -> bool:
    """Whether an affiliation with of/and/for inside is a person's office (`the Minister of Coastal
    Affairs`, `the Deputy Minister for …`): a name set off after it is the office holder's, not the
    describer's."""
    if affiliation is None:
        return False
    words = affiliation.split()
    joins = [k for k, word in enumerate(words) if word in ("of", "and", "for", "the")]
    return bool(joins) and any(title_word(word, nouns_only=True) for word in words[: joins[0]])


def described_name(text: str, position: int) -> re.Match[str] | None:
    """The name set off after a lower-case description from position (`, the former club captain Ann
    Lee,`), when it opens on a known given name: a person's, not a school's or a firm's."""
    match = DESCRIBED_NAME_BETWEEN_COMMAS.match(text, position)
    return match if match is not None and first_name_gender(match.group(1)) is not None else None


# `the mayor's opponent, council member Ann Lee, said`: one to three lower-case words of a role, then
# a name of two to four capitalised words, set off by commas (or ending the sentence: `said the
# mayor's rival, club captain Ann Lee.`).
_ROLE_THEN_NAME = any_case_pattern(
    r"\s*,\s*((?:[a-z][\w’'\-]*\s+){1,3})((?:" + _NAME_WORD + r"){1,3}[A-Z][\w’'\-]*[a-z][\w’'\-]*)\s*[,.]"
)
# A phrase of place or time closing a description before its set-off name (`her rival in the race,`).
_PHRASE_BEFORE_COMMA = re.compile(r"\s+(?:in|at|on|during|from)\s+[^,;:.!?\"“”\n]{1,40}?(?=\s*,)")


def role_then_name(text: str, end: int) -> str | None:
    """The name set off after a description ending at `end`, past a phrase of place or time (`her
    rival in the race, Ann Lee,`) or after a role in lower case (`, council member Ann Lee,`), when it
    opens on a known given name and the role ends on a person's noun or a title."""
    phrase = _PHRASE_BEFORE_COMMA.match(text, end)
    if phrase is not None and _phrase_ends_on_person(phrase.group()):
        return None  # `a source in the entourage of the president, Tom Bell,`: the president's name
    if phrase is not None:
        plain = NAME_BETWEEN_COMMAS.match(text, phrase.end())
        if plain is not None and " " in plain.group(1) and first_name_gender(plain.group(1)) is not None:
            return plain.group(1)
    found = _ROLE_THEN_NAME.match(text, phrase.end() if phrase is not None else end)
    if found is None or first_name_gender(found.group(2)) is None:
        return None
    *modifiers, last = found.group(1).split()
    if not (person_noun(last) or title_word(last, nouns_only=True)):
        return None
    # Every word before the role's noun must belong to a role: a verb or clause word there (`,
    # replacing club captain Ann Lee,`, `, whose leader Ann Lee,`) makes the name another person's.
    return found.group(2) if all(_role_modifier(word) for word in modifiers) else None


# A phrase ending on a person after a preposition and a determiner (`in the office of the mayor`),
# not on an office after another preposition (`in the race for mayor`).
_PERSON_ENDING_PHRASE = re.compile(
    r"\b(?:of|for|to|with|in|at|on|from)\s+(?:the|an?|his|her|its|their)\s+(?:"
    + _NOT_PREPOSITION
    + r"[\w’'\-]+\s+){0,2}([a-z][\w’'\-]*)$"
)


def _phrase_ends_on_person(phrase: str) -> bool:
    """Whether a phrase of place or time ends on a person (`on the staff of the governor`, `from the
    army of the dictator`): a name set off after it is that person's, as after an affiliation."""
    found = _PERSON_ENDING_PHRASE.search(phrase)
    if found is None:
        return False
    noun = found.group(1)
    return _served_person(noun) or title_word(noun, nouns_only=True) or agent_noun(noun)


def _role_modifier(word: str) -> bool:
    """Whether a lower-case word may stand before a role's noun (`former`, `council`, `club`)."""
    return word in ROLE_MODIFIERS or title_word(word) or person_noun(word)


# A description ending on a place after a preposition (`a resident of Amman`): the head before the
# preposition, the preposition, and the place's capitalised words.
_PLACE_AT_END = re.compile(r"\b([a-z]+)\s+(of|in|from|near)\s+((?:[A-Z][\w’'\-]*\s+){0,2}[A-Z][\w’'\-]*)$")


def country_after_place(description: str, name: str) -> bool:
    """Whether a lone word set off after a description ending on a place, a word a place has too, is
    that place's country or state (`a resident of Amman, Jordan,`), not a person's name; after a
    person (`a friend of Ivo Tarn, Jordan,`, `a neighbour of Reed, Jordan,`) it is a person's."""
    place = _PLACE_AT_END.search(description)
    if place is None or " " in name or name.lower() not in PLACE_GIVEN_NAMES:
        return False
    head, preposition = place.group(1), place.group(2)
    # "of" gives a place only after a place's noun (after kin or a person's noun it gives a person:
    # `a neighbour of Reed, Jordan,`); "in", "from" and "near" always give one (`a lawyer in Amman, Jordan,`).
    placed = head in fw.PLACE_OF_NOUNS or preposition != "of"
    return placed and not is_given_name(place.group(3).split()[0])
