"""A sentence about a person known only by a description with a who-clause between a named person
and a he/she (`Judge Ann Lee jailed him. The tenant, who cannot be named, escaped. In a statement,
she said …`): someone unnamed stands nearer than the name, so the pronoun is most likely theirs."""

from __future__ import annotations

import re

from osceq.extract.word_kinds import title_word

# A sentence opening on "The" or "A", a lower-case noun (maybe after one word) and ", who".
_DESCRIBED_SUBJECT = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n)(?:The|A|An)\s+(?:[a-z\-]+\s+)?([a-z\-]+),\s+who\s")


def described_subject_between(text: str, start: int, end: int) -> bool:
    """Whether a sentence between offsets start and end opens on an unnamed person described by a
    who-clause; not an office (`The mayor, who …` is often the person just named)."""
    return any(not title_word(m.group(1)) for m in _DESCRIBED_SUBJECT.finditer(text, start, end))
