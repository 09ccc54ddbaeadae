"""Words of contact relatives (`the trips Tom Bell described had been`). Data only."""

from __future__ import annotations

from osceq.extract.word_lists import words as _words

__all__ = ["OBJECT_ONLY_VERBS", "OWN_SUBJECT_OR_AUXILIARY", "PAST_OBJECT_VERBS"]

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

# Words between a past verb after a name and a verb of speech that give that verb a subject or an
# auxiliary of its own (`the actress Ann Lee admitted she said it`, `denied ever having said`): the
# verb of speech is no main verb of the noun's, so the name and its verb make no relative clause;
# read by `contact_subjects.py`.
OWN_SUBJECT_OR_AUXILIARY = _words(
    """
    he she they i we it you nothing anything everything something nobody everyone someone anyone
    having had has have
    """
)
