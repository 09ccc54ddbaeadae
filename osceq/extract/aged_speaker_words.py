"""Words `aged_speakers` reads after a speaker named by a given name and an age. Data only."""

from __future__ import annotations

from osceq.extract.word_lists import words

# Verbs of a stance that report what the person said (`Marcus, 31, disagreed.`).
STANCE_VERBS = words("disagreed disagrees dissented objected")
# The verbs of a state that a stance follows (`Jeff, 45, was unmoved.`).
STANCE_LINKS = words("was is remained remains")
# A voter's stance after such a verb: a reaction to what was said, never a victim's or a child's state.
STANCES = words("unmoved unconvinced unimpressed unpersuaded undecided skeptical sceptical")
