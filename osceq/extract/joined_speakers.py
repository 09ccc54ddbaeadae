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
from osceq.extract.tag_lists import tag_list
from osceq.models import Span

# (one noun after the determiner: `and the governor agreed` must not take the verb for a noun)
_DESCRIBED = r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)[ \t]+[a-z][\w-]*"
_NAMED = any_case(r"(?:[A-Z][\w’'-]*[ \t]+){0,2}[A-Z][\w’'-]+")  # (not a lone letter: `A and P`)
# The second speaker after the mention: `and the governor`, `and her husband`, `and Tom Reed`.
_SECOND_AFTER = re.compile(rf"[ \t]+and[ \t]+(?:{_DESCRIBED}|{_NAMED})")
# The first speaker before the mention, opening its sentence: `The mayor and `.
_FIRST_BEFORE = re.compile(rf"(?:{_DESCRIBED}|{_NAMED})[ \t]+and[ \t]+$")
# "Both" opening the two speakers (`Both Ann Lee and her rival said`, `said both the mayor and …`):
# it opens the clause for them and is no part of either.
_BOTH = re.compile(r"[Bb]oth[ \t]+")
_BOTH_BEFORE = re.compile(r"[Bb]oth[ \t]+$")
# A name set off after the second speaker before the sentence ends (`and her rival, Jane Tull.`).
_SET_OFF_NAME = re.compile(rf",[ \t]*{_NAMED}(?=[ \t]*(?:[.;!?]|$))")
_REACH = 60


def _after_both(text: str, start: int) -> int:
    """The start of the first speaker past a "both" before it at start."""
    both = _BOTH.match(text, start)
    return both.end() if both is not None else start


def both_speakers(text: str, found: Found) -> Found | None:
    """The find with its mention widened over a second speaker joined to it by "and", or over the
    whole list of names a tag's name is one item of (`"…," said Smith, Jones and Brown`), or None."""
    if found.kind not in ("name", "nominal"):
        return None
    listed = tag_list(text, found)
    if listed is not None:
        return listed
    if " and " in found.mention.text:
        start, end = _after_both(text, found.mention.start), found.mention.end
        # `said both Ann Lee and Bo Park`: the two, shown without "both" (read with it, it is one)
        return (
            replace(found, mention=Span(text[start:end], start, end)) if start > found.mention.start else None
        )
    start, end = found.mention.start, found.mention.end
    after = _SECOND_AFTER.match(text, end)
    closing = _SET_OFF_NAME.match(text, after.end()) if after is not None else None
    if after is not None and (
        (found.cue.start >= after.end() and not text[after.end() : found.cue.start].strip())
        or (found.cue.end <= start and SENTENCE_END.match(text, closing.end() if closing else after.end()))
    ):
        end = after.end()
        start = _after_both(text, start)  # `said both the mayor and the governor`: shown without "both"
    elif found.cue.start >= end:
        before = _FIRST_BEFORE.search(text, max(0, start - _REACH), start)
        opening = before.start() if before is not None else 0
        both = _BOTH_BEFORE.search(text, max(0, opening - 6), opening)
        opening = both.start() if both is not None else opening
        if before is None or not OPENS_CLAUSE.search(text, max(0, opening - 4), opening):
            return None
        start = _after_both(text, before.start())
    else:
        return None
    named = parse_mention(text[start:end])
    if named.kind != DESCRIPTION or " and " not in named.name:
        return None  # (`Yahoo News and anchor Ann Lee`: read as one of them, not both)
    return replace(found, mention=Span(text[start:end], start, end), kind="nominal")
