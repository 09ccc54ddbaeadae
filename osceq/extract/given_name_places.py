"""Places and words for a place's or a firm's belongings that a common given name may also stand
for (`Chad`, `Victoria`): a lone given name among them, or owning one of them, is no person."""

from __future__ import annotations

from osceq.extract.word_lists import words as _words

__all__ = ["PERSON_WORDS_BEFORE", "PLACE_GIVEN_NAMES", "PLACE_OR_FIRM_BELONGINGS"]

# Countries, states, regions and cities written as common given names.
PLACE_GIVEN_NAMES = _words(
    """
    adelaide alexandria austin carolina chad charlotte chelsea dallas florence georgia houston india israel
    jordan kenya lincoln madison paris regina savannah sierra sydney victoria virginia
    """
)
# What a place or a firm owns rather than a person (`Victoria's government`, `Grace's shares`).
PLACE_OR_FIRM_BELONGINGS = _words(
    """
    ambassador army border borders capital cabinet chief coast economy embassy envoy exports government
    imports leader military ministers parliament police premier president profit profits revenue
    sales share shareholders shares stock troops
    """
)
# Words of address and trades written before a given name, beside titles and kin (`Chef Margo`,
# `Dear Ann`, `Grandma Rosa`): the name after one is a person's, not a place's or a firm's.
PERSON_WORDS_BEFORE = _words(
    """
    auntie aunty chef dad dear grandma grandpa granny mama mom mum nan nana nanny nurse papa pastor
    """
)
