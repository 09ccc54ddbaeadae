"""`The chairman of the Kestrel Panel, Ann Lee, said`: a subject phrase of an office in a body, with
the holder's name set off after it. The subject reader lands on the body's name (the name between
commas reads as an apposition to it); the speaker is the person, not the body."""

from __future__ import annotations

import re

from osceq.extract.word_kinds import person_noun, title_word
from osceq.models import Span

# "The" and one to three lower-case words (the office) and "of", maybe "the", right before the body.
_OFFICE_OF = re.compile(r"\b[Tt]he\s+((?:[a-z][\w\-]*\s+){1,3})of\s+(?:the\s+)?$")
# A name set off by commas right after the body (`, Ann Lee, said`).
_NAME_SET_OFF = re.compile(r",\s+[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){1,3},\s")


def office_before_body(text: str, mention: Span) -> bool:
    """Whether an organisation mention follows `the <office> of (the)` and comes before a name set
    off by commas: the name is the office holder's, and the speaker."""
    before = _OFFICE_OF.search(text, max(0, mention.start - 60), mention.start)
    if before is None or not _NAME_SET_OFF.match(text, mention.end):
        return False
    return any(person_noun(word) or title_word(word, nouns_only=True) for word in before.group(1).split())
