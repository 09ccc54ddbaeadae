"""Things a naming verb's quoted word judges rather than names (`called the plan a "swindle"`, `a
bill the lobby had called its "top priority"`). Data only."""

from __future__ import annotations

from osceq.extract.word_lists import words as _words

__all__ = ["JUDGED_THINGS"]

# Heads of an object whose quoted name is someone's judgement of it, so speech: a claim, a plan, a
# report, a bill, an idea. A dog, a child, a farm or a boat called "…" is given a name, not judged.
JUDGED_THINGS = _words(
    """
    claim claims plan plans report reports bill bills idea ideas proposal proposals measure measures
    law laws deal deals decision decisions move ruling rulings policy policies statement statements
    remarks comments charge charges allegation allegations accusation accusations budget scheme
    schemes program programs programme programmes project projects strategy agreement settlement
    merger offer cuts tax taxes levy reform reforms vote verdict process situation system
    investigation probe inquiry lawsuit argument theory suggestion approach announcement order
    orders rule rules treaty pact strike attack attacks campaign effort request demand demands
    contract package legislation amendment initiative veto response record speech letter memo
    study survey findings figures ban crackdown closure war crisis
    """
)
