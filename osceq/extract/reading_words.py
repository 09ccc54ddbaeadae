"""Nouns that `reading` modifies in compounds of everyday prose (`a reading lamp`, `reading scores`)."""

from __future__ import annotations

READING_HEADS = frozenset(
    """
    lamp lamps light lights glasses list lists room rooms material materials level levels test tests
    score scores skills program programs programme programmes chair chairs habits comprehension
    proficiency group groups corner nook assignment assignments
    """.split()  # noqa: SIM905 (a word list reads better as words)
)
