"""A relative `who` after a name and its apposition (`Tom Bell, a farmer, who told me …`, `Gov. Ann
Lee, the race's grown-up, who said …`): the name before the apposition is the `who`."""

from __future__ import annotations

import re

from osceq.extract import name_words as w
from osceq.extract.apposition_words import COMMAND_VERBS, PERSON_HEADS, PHRASE_BREAKS
from osceq.extract.kin_words import KIN_NOUNS
from osceq.extract.mentions import PERSON, parse_mention
from osceq.extract.speaker_names import NAME_BEFORE_COMMA
from osceq.extract.word_kinds import person_noun

__all__ = ["name_before_apposition"]

# A comma, a described apposition with no comma, quote or sentence mark in it, a comma, the end.
_APPOSITION = re.compile(r",\s*(?:a|an|the|his|her|[a-z][\w-]*['’]s)\s([^,;:.!?\"“”]{1,80}),\s*$")


def name_before_apposition(text: str, start: int, end: int) -> re.Match[str] | None:
    """The person's name set before a person's description that closes text[start:end] (`Tom Bell, a
    farmer,`), with its group 1 the name; None when the text does not end so."""
    aside = _APPOSITION.search(text, start, end)
    if aside is None or not _person_head(aside.group(1)):
        return None  # `Reno, a city of farmers, who …`: a place's description, not a person's
    match = NAME_BEFORE_COMMA.search(text, start, aside.start() + 1)
    if match is not None and match.group(1).split()[0].lower() in COMMAND_VERBS:
        return None  # `Take Ivo Marsh, a farmer, who …`: the article reads the verb into the name
    if match is None or parse_mention(match.group(1)).kind != PERSON:
        return None
    return match


def _person_head(description: str) -> bool:
    """Whether a description's head word (the last before `of`, `in`, `who` …) names a kind of person."""
    words = description.split()
    cut = next((k for k, word in enumerate(words) if word in PHRASE_BREAKS), len(words))
    if cut == 0:
        return False
    head = words[cut - 1].lower()
    roles = (
        w.RELATION_NOUNS | w.TRADE_NOUNS | w.OCCUPATIONS_BEFORE_NAMES | w.TITLES | KIN_NOUNS | PERSON_HEADS
    )
    return person_noun(head) or head in roles or head.removesuffix("s") in roles
