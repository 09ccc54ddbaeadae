"""A speaker named by a given name and an age, as voter panels and vox pops name ordinary people,
then a verb of saying or a voter's stance (`Walt, 72, a retired machinist, said he had not.`, `Jeff,
45, was unmoved.`): the he or she of a tag later in the same paragraph may be that person. Only so:
a child, a victim, a horse or a player named with an age (`Molly, 7, was bitten`) is spoken of by
the official quoted beside."""

from __future__ import annotations

import re

from osceq.extract import reporting as lex
from osceq.extract.aged_speaker_words import STANCE_LINKS, STANCE_VERBS, STANCES
from osceq.extract.given_names import given_name_gender

__all__ = ["aged_speakers"]

# A given name alone opening a sentence or a clause after a semicolon, an adult's age set off by
# commas (a child's or a horse's is spoken of: `Molly, 7, said she …. "…," she said` is the
# doctor's), at most one phrase set off after it (`a retired machinist,`), then a lower-case verb.
_AGED = re.compile(
    r"(?:^|(?<=[.;!?]\s)|(?<=[.!?][\"”]\s))([A-Z][a-z]+),\s+(?:1[89]|[2-9]\d|10\d),\s+"
    r"(?:[^,.;!?\"“”\n]{1,80},\s+)?([a-z]+)(?:\s+([a-z]+))?\b",
    re.MULTILINE,
)
# A pronoun of each sex, read in the words after the verb (`said he had not`) and in the quotes.
_PRONOUNS = {
    "m": re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is)\b"),
    "f": re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]ers)\b"),
}
# The pronouns that make a third person of that sex the quote's subject or object (`"I think he was
# cold"`), not only the owner of something (`"I don't care about his taxes"`, which a voter says).
_PERSONAL = {"m": re.compile(r"\b(?:[Hh]e|[Hh]im)\b"), "f": re.compile(r"\b(?:[Ss]he|[Hh]er)\b")}
_EITHER = re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Ss]he|[Hh]er|[Hh]ers)\b")
_FEMALE = frozenset({"she", "her", "hers"})
_QUOTED = re.compile(r"[\"“]([^\"“”\n]*)[\"”]")
# A first person singular: the quote's speaker speaks for himself (`"I don't care about his taxes"`).
_FIRST_SINGULAR = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Mm]ine)\b")
_CLAUSE_END = re.compile(r"[.;!?\"“]")


def aged_speakers(text: str, before: int, gender: str) -> list[tuple[int, str]]:
    """The latest such speaker (see the module) of the pronoun's sex in the paragraph before offset
    `before`, as (offset, name), when no quotation between them speaks of a third person of that sex."""
    pronoun = _PRONOUNS.get(gender)
    start = text.rfind("\n", 0, before) + 1
    if pronoun is None or text.find(",", start, before) < 0:
        return []
    found = None
    for match in _AGED.finditer(text, start, before):
        verb = match.group(2)
        if verb in lex.REPORTING_FORMS or verb in STANCE_VERBS:
            found = match
        elif verb in STANCE_LINKS and match.group(3) in STANCES:
            found = match  # `Jeff, 45, was unmoved.`: a voter's answer, told by the writer
    if found is None or not _of_sex(text, found, gender):
        return []
    for quoted in _QUOTED.finditer(text, found.end(2), before):
        words = quoted.group(1)
        if _PERSONAL[gender].search(words) or (pronoun.search(words) and not _FIRST_SINGULAR.search(words)):
            return []  # `Tom, 34, told officers …. "I think he was cold," he said`: the officer speaks of him
    return [(found.start(1), found.group(1))]


def _of_sex(text: str, found: re.Match[str], gender: str) -> bool:
    """Whether the speaker is of the pronoun's sex: by the first he or she the words its verb reports
    hold up to the clause's end (`said he had not`; `Leon, 63, said she` is a woman whatever the lists
    say of the name), else by the given name lists."""
    stop = _CLAUSE_END.search(text, found.end(2))
    told = _EITHER.search(text, found.end(2), stop.start() if stop else len(text))
    if told is not None:
        return ("f" if told.group().lower() in _FEMALE else "m") == gender
    return given_name_gender(found.group(1)) == gender
