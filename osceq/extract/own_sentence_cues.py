"""A quotation closing a sentence that has its own speech cue before it (`Lee said the bid was
"hostile." Tarnco said it would fight.`): the next sentence's `X said` opens new reporting, and
never takes the quote from the speaker before it."""

from __future__ import annotations

import re

from osceq.extract.attribution import Found, before_quote
from osceq.extract.clauses import in_opening_clause
from osceq.extract.quotemarks import Pair

# A sentence's end: its mark before a space or the end of the stretch.
_SENTENCE_END = re.compile(r"[.?!](?:\s|$)")
# The kinds of evidence for a cue before the quote in its own sentence.
_OWN_CUES = frozenset({"cue-before", "subject"})


def next_sentence_tag(
    text: str, pair: Pair, end: int, right: int, found: Found | None, ranges: list[tuple[int, int]]
) -> bool:
    """Whether a cue found after the quote opens the next sentence while the quote's own sentence
    has a speech cue before it (ranges: the sentence's parts outside quotations; right: where the
    next quotation opens); or is the main clause's after an opening clause whose subject is quoted
    as saying the words (`quoted_in_opening_clause`)."""
    if found is None or found.evidence != "cue-after" or found.cue.start < pair.close_end:
        return False
    if quoted_in_opening_clause(text, pair, end, ranges):
        return True
    mark = (
        text[end - 1 : end]
        if text[end - 1 : end] in (".", "?", "!")
        else text[pair.close_end : pair.close_end + 1]
    )
    if mark not in (".", "?", "!"):
        return False
    first = min(found.mention.start, found.cue.start)
    # `…," Lee said`, `…" said Lee`: a tag of the quote's own sentence (a wire's `<` may open the next).
    if text[pair.close_end : first].strip(" .<") or not text[first : first + 1].isupper():
        return False
    if _SENTENCE_END.search(text[found.cue.end : right]) is None and text[:right].rstrip()[-1:] in ":,":
        return False  # `Said another aide who …: "…"`: that sentence leads into the next quotation
    own = before_quote(text, ranges)
    return own is not None and own.evidence in _OWN_CUES and own.cue.end <= pair.open_start


# `as saying` right before a cue's end: the passive `was quoted (by …) as saying`.
_AS_SAYING = re.compile(r"\bas\s+saying$")


def quoted_in_opening_clause(text: str, pair: Pair, end: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether the quote ends on a comma an opening subordinate clause (`Although`, `While`) whose
    own cue quotes its subject as saying the words (`Although one delegate was quoted as saying the
    speech was "…," others said …`): the tag after the comma is the main clause's."""
    if text[end - 1 : end] != "," and text[pair.close_end : pair.close_end + 1] != ",":
        return False
    if not in_opening_clause(text, ranges):
        return False
    own = before_quote(text, ranges)
    return (
        own is not None
        and own.cue.end <= pair.open_start
        and _AS_SAYING.search(text, max(0, own.cue.end - 12), own.cue.end) is not None
    )
