"""Words of a sentence that points back at the quotation before it (`"…" Those were the words of Ann
Lee.`, `"…" Lee said it again on Tuesday.`): kept apart from the rules in `pointing_tags.py`."""

from __future__ import annotations

# Nouns for a quotation's words, as the subject pointing back at it (`The comment came from …`).
WORDING_NOUNS = frozenset(
    {
        "assessment",
        "comment",
        "comments",
        "line",
        "message",
        "prediction",
        "quip",
        "quote",
        "remark",
        "remarks",
        "verdict",
        "warning",
        "words",
    }
)
# The nouns that may point back at a question: an answer or a reply is somebody else's.
QUESTION_NOUNS = frozenset({"question"})
# Determiners that open the pointing subject (`Those words`, `The comment`, `That quote`).
POINTING_DETERMINERS = frozenset({"the", "that", "this", "those", "these"})
