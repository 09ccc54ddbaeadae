"""A he or she resolved to a name ending on a club's, a firm's or a body's word (`Orrin Llc`, `Elm
United`): a firm or a club is no he or she, so the quote is withheld: nobody (dropping the name from
the pronoun's candidates moved the he to another man). Read by `withheld_speakers.py`."""

from __future__ import annotations

from osceq.extract.given_names import is_given_name
from osceq.extract.names import singular_person
from osceq.extract.quote_drafts import Draft
from osceq.extract.roundup_label_words import BODY_NAME_ENDS

__all__ = ["withholds"]

_PERSONAL = frozenset({"he", "she", "him", "her"})


def withholds(text: str, draft: Draft, speaker: str) -> bool:
    """Whether a he or she of the draft is shown as a name ending on a body's word, with no given
    name before that word (`Kim Sa`, `Tom Albion` are people) nor a description of one person."""
    found = draft.found
    if found is None or found.kind != "pronoun" or found.mention.text.lower() not in _PERSONAL:
        return False
    words = speaker.split()
    if len(words) < 2 or words[-1].lower() not in BODY_NAME_ENDS or singular_person(speaker):
        return False
    # (`Kim Sa`, `Ann Trust`: every word before a surname that is also a body's word is a given name)
    return not all(is_given_name(word) for word in words[:-1])
