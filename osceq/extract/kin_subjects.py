"""A sentence about a relative between a named person and a he/she (`Jerome Tate … My grandmother
voted no for forty years. She used to say, "…"`): a subject of the pronoun's gender that names no
one stands nearer than the name, so the pronoun is most likely that relative's, not the name's."""

from __future__ import annotations

import re

from osceq.extract.described_subjects import unnamed_subject_between

_FEMALE = "mother|grandmother|wife|daughter|granddaughter|sister|aunt|niece|widow|girlfriend|fiancee"
_MALE = "father|grandfather|husband|son|grandson|brother|uncle|nephew|widower|boyfriend|fiance"
# An owner or article, then a step-, half- or god- of compound kin (`stepsister`, `half-brother`).
_OPENING = r"(?:^|[.!?][\"”’]?\s+|\n)(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Tt]he)\s+(?:step|half-|god)?"

# A sentence opening on an owner or article and a relative, then a lower-case word (its verb).
_KIN_SUBJECT = {
    gender: re.compile(
        _OPENING + f"(?:{nouns})" + r"(?:-in-law)?\s+[a-z]"  # (and an -in-law after: `son-in-law`)
    )
    for gender, nouns in (("f", _FEMALE), ("m", _MALE))
}


def nearer_subject_between(text: str, start: int, end: int, gender: str) -> bool:
    """Whether a sentence between offsets start and end opens on someone unnamed who may be the
    he/she of the given gender ("f" or "m"): a relative of that gender, or a person the article says
    it does not name."""
    pattern = _KIN_SUBJECT.get(gender)
    if pattern is not None and pattern.search(text, start, end) is not None:
        return True
    return unnamed_subject_between(text, start, end, gender)  # `The tenant, who cannot be named, …`
