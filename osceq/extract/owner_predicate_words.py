"""Words that read a quote as said of someone's claim rather than in it: `Lee said Roe's claim that
taxes fell was "absurd"` (lists apart from `owner_predicates.py`'s logic)."""

from __future__ import annotations

# Finite helpers and linking verbs marking a verb inside the that-clause (`that taxes had fallen`).
FINITE = frozenset(
    {
        "is",
        "was",
        "are",
        "were",
        "had",
        "has",
        "have",
        "would",
        "will",
        "could",
        "should",
        "can",
        "did",
        "does",
        "do",
        "might",
        "may",
        "must",
    }
)
# Words before an -ed word that make it an adjective, not a verb (`the alleged`, `his failed`).
DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "this", "that", "our", "my", "your"})
# Joining words before the last linking verb: another predicate of the same clause (`… and was "…"`).
JOINING = frozenset({"and", "or", "but", "nor", "which", "who", "that"})
# Verbs whose object's predicate the quote gives (`Lee called Roe's claim that taxes fell "absurd"`).
NAMING_VERBS = frozenset(
    {"called", "branded", "labeled", "labelled", "termed", "dubbed", "deemed", "pronounced", "declared"}
)
