"""The capitalised word before `, who` that is no antecedent of the "who": a description after "a"
(`the mayor, a Democrat, who said`), one of a party after "the", or a place or a firm after
the preposition that ties a described person to it (`a teacher from Tarn, who said`, `an adviser at
Tarnco Bank, who said`). The resolver would show that word; the speaker is withheld (nobody, rather
than the word). Read by `withheld_speakers.py`."""

from __future__ import annotations

import re

from osceq.extract.given_names import is_given_name
from osceq.extract.name_words import CAPITAL_DESCRIPTIONS, OFFICES
from osceq.extract.quote_drafts import Draft
from osceq.extract.speaker_names import NAME_BEFORE_COMMA
from osceq.extract.word_kinds import person_noun, title_word

__all__ = ["withholds"]

# Prepositions that tie a described person to a place or a body (`a teacher from Tarn`).
_TIES = frozenset({"at", "from", "with"})
# Prepositions that may also run on into an office before a name (`Minister for Economic Affairs
# Pelvani`, `the mayor of Tarn`): they tie only a run with no office or title word in it.
_OFFICE_TIES = frozenset({"of", "for", "in"})
# How far back the resolver looks for the name before the "who" (`speakers.py`), in characters.
_REACH = 120
_WORD = re.compile(r"[\w’'\-.]+")


def withholds(text: str, draft: Draft) -> bool:
    """Whether the draft's "who" would be given a word that describes or places its antecedent."""
    found = draft.found
    if found is None or found.kind != "relative":
        return False
    match = NAME_BEFORE_COMMA.search(text, max(0, found.mention.start - _REACH), found.mention.start)
    if match is None:
        return False
    run = match.group(1).split()
    before = [w.lower() for w in _WORD.findall(text[max(0, match.start(1) - 60) : match.start(1)])]
    if run[0].lower() in ("a", "an", "the"):
        before, run = [*before, run[0].lower()], run[1:]
    if not before or not run:
        return False
    if before[-1] in ("a", "an"):
        return True  # `the mayor, a Democrat, who`: the description, never the mayor's name
    last = run[-1].lower()
    if before[-1] == "the":  # `the Texas Democrat, who`; but `the Democrats, who` speak as a group
        return last in CAPITAL_DESCRIPTIONS and not last.endswith("s")
    if len(run) > 1 and is_given_name(run[0]):
        return False  # (`an adviser at the bank Ann Lee, who`: a person's full name)
    if len(before) < 2 or not _described(before[-2]):
        return False
    if before[-1] in _OFFICE_TIES:
        return not any(word.lower() in OFFICES or title_word(word) for word in run)
    return before[-1] in _TIES


def _described(word: str) -> bool:
    """Whether a word describes a person by what they do or stand for (`teacher`, `Adviser`)."""
    return person_noun(word) or title_word(word) or word in CAPITAL_DESCRIPTIONS
