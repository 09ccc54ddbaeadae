"""Two speakers joined by "and" whose mention was read as one of them (`"…," said the mayor and the
governor`, `The mayor and the governor said`): the mention is widened over both, so the speaker
shown lists both, as `Ann Lee and Tom Reed` does, never one alone."""

from __future__ import annotations

import re
from dataclasses import replace

from osceq.extract.clause_edges import OPENS_CLAUSE, SENTENCE_END
from osceq.extract.found import Found
from osceq.extract.letter_cases import any_case
from osceq.extract.names import DESCRIPTION, parse_mention
from osceq.models import Span

# (one noun after the determiner: `and the governor agreed` must not take the verb for a noun)
_DESCRIBED = r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)[ \t]+[a-z][\w-]*"
_NAMED = any_case(r"(?:[A-Z][\w’'-]*[ \t]+){0,2}[A-Z][\w’'-]+")  # (not a lone letter: `A and P`)
# The second speaker after the mention: `and the governor`, `and her husband`, `and Tom Reed`.
_SECOND_AFTER = re.compile(rf"[ \t]+and[ \t]+(?:{_DESCRIBED}|{_NAMED})")
# The first speaker before the mention, opening its sentence: `The mayor and `.
_FIRST_BEFORE = re.compile(rf"(?:{_DESCRIBED}|{_NAMED})[ \t]+and[ \t]+$")
_REACH = 60


def both_speakers(text: str, found: Found) -> Found | None:
    """The find with its mention widened over a second speaker joined to it by "and", or None."""
    if found.kind not in ("name", "nominal") or " and " in found.mention.text:
        return None
    start, end = found.mention.start, found.mention.end
    after = _SECOND_AFTER.match(text, end)
    if after is not None and (
        (found.cue.start >= after.end() and not text[after.end() : found.cue.start].strip())
        or (found.cue.end <= start and SENTENCE_END.match(text, after.end()))
    ):
        end = after.end()
    elif found.cue.start >= end:
        before = _FIRST_BEFORE.search(text, max(0, start - _REACH), start)
        if before is None or not OPENS_CLAUSE.search(text, max(0, before.start() - 4), before.start()):
            return None
        start = before.start()
    else:
        return None
    named = parse_mention(text[start:end])
    if named.kind != DESCRIPTION or " and " not in named.name:
        return None  # (`Yahoo News and anchor Ann Lee`: read as one of them, not both)
    return replace(found, mention=Span(text[start:end], start, end), kind="nominal")
