"""A quotation closing a sentence that has its own speech cue before it (`Lee said the bid was
"hostile." Tarnco said it would fight.`): the next sentence's `X said` opens new reporting, and
never takes the quote from the speaker before it."""

from __future__ import annotations

import re

from osceq.extract.attribution import Found, before_quote
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
    next quotation opens)."""
    if found is None or found.evidence != "cue-after" or found.cue.start < pair.close_end:
        return False
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
