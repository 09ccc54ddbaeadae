"""Words of contact relatives (`the trips Tom Bell described had been`). Data only."""

from __future__ import annotations

from osceq.extract.word_lists import words as _words

__all__ = ["OBJECT_ONLY_VERBS", "PAST_OBJECT_VERBS"]

# Past verbs that take a thing as object and never a clause of speech, so a name and one of them after
# a noun is a relative clause on that noun (`the figures Lee cited were`), never a tag: `says`, `said`,
# `warned` or `announced` may take the clause (`the bill Lee says is "…"` is Lee's words).
OBJECT_ONLY_VERBS = _words(
    """
    cited described drafted outlined quoted released sketched unveiled
    """
)

# Past forms with no -ed, beside `name_words.IRREGULAR_PAST`, of verbs that take a person as object
# (`the aide Lee told said`); read by `contact_subjects.py`.
PAST_OBJECT_VERBS = _words("told saw beat hit")
