"""A cue inside a relative clause that interrupts its sentence's subject: `Ann Lee, whom Tom Reed
called "a liar," said she would "fight on"`. Reed's calling governs only the words inside the
relative clause; a quote after the clause has closed belongs to the main clause, so the relative's
speaker is withheld from it (nobody, rather than the wrong person)."""

from __future__ import annotations

import re

from osceq.extract.quote_drafts import Draft
from osceq.extract.relative_heads import subject_head

# A comma closing the relative, then a lower-case word that goes on with the main clause (`…," said
# she would`, `… last week, said`); `, and who …` and a list's next item stay in the relative.
_CLOSING = re.compile(r",([”\"’]?)\s+(?!(?:and|or|but|nor|who|whom|whose|which|that)\b)[a-z]")
# Evidence of a cue read before the quote in its sentence.
_BEFORE = frozenset({"cue-before", "subject"})


def withholds(text: str, draft: Draft) -> bool:
    """Whether the draft's cue is in a relative clause closed before its quote."""
    found = draft.found
    if found is None or draft.evidence not in _BEFORE:
        return False
    if not found.mention.end <= found.cue.start < draft.pair.open_start:
        return False
    return subject_head(text, found.mention.start) is not None and _closes(
        text, found.cue.end, draft.pair.open_start
    )


def _closes(text: str, start: int, end: int) -> bool:
    """Whether a comma outside quotation marks (or right before a closing one) ends the relative
    clause between start and end."""
    for match in _CLOSING.finditer(text, start, end):
        if match.group(1):
            return True
        before = text[start : match.start()]
        if before.count('"') % 2 == 0 and before.count("“") == before.count("”"):
            return True
    return False
