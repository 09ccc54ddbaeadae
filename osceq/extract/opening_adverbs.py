"""Words that open a sentence before a comma as an adverb (`Together, Smith and Brown said`), beside
function_words.SENTENCE_ADVERBS: never an item of a list of names. Data only."""

from __future__ import annotations

from osceq.extract.word_lists import words as _words

OPENING_ADVERBS = _words(
    """
    again altogether anyway besides first jointly later next once overall personally second secondly
    separately together tomorrow tonight
    """
)
# Endings of adverbs made from adjectives (`Privately`, `Ironically`, `Reportedly`), where names in
# -ly end otherwise (`Kelly`, `Reilly`, `Daly`, `Beverly`).
ADVERB_ENDINGS = (
    "ably",
    "ally",
    "antly",
    "ately",
    "edly",
    "ently",
    "fully",
    "ibly",
    "ingly",
    "ively",
    "lessly",
    "ously",
)
