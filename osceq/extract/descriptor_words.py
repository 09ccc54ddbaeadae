"""Common nouns that British, Irish and Commonwealth papers set capitalised before a full name at
the start of a sentence (`Opener Ann Lee`, `Neighbour Bo Park`, `Prosecutor Ivo Marsh`): sport
positions, people of a court case, of a street or of a crowd. A role, never part of the name.
Read through `name_words.OCCUPATIONS_BEFORE_NAMES`."""

from __future__ import annotations

from osceq.extract.word_lists import words as _words

__all__ = ["DESCRIPTORS_BEFORE_NAMES"]


# None of them is a common given name (checked against `given_names`), so `Hunter Lee` stays whole.
DESCRIPTORS_BEFORE_NAMES = _words(
    """
    opener paceman quick spinner seamer batsman batter bowler all-rounder wicketkeeper keeper
    goalkeeper goalscorer scorer striker midfielder winger full-back fullback centre-back
    playmaker skipper debutant substitute teammate team-mate jockey trainer rider cyclist
    sprinter swimmer golfer boxer driver
    prosecutor barrister solicitor coroner pathologist witness victim defendant claimant
    neighbour neighbor homeowner householder tenant landlord landlady shopkeeper publican
    motorist passenger commuter pensioner campaigner organiser organizer volunteer fundraiser
    shopper holidaymaker mum dad grandmother grandfather nurse paramedic firefighter headteacher
    """
)
