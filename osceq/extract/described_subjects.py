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
    who-clause, whose noun was not used before it there; not an office (`The mayor, who …` is often
    the person just named)."""
    for match in _DESCRIBED_SUBJECT.finditer(text, start, end):
        noun = match.group(1)
        # `A naval source said …. The source, who …`: the one described before, not someone new.
        named_before = re.search(rf"\b{re.escape(noun)}\b", text[start : match.start()], re.IGNORECASE)
        if not title_word(noun) and named_before is None:
            return True
    return False
