"""A fragment inside an opening `Asked …` clause (`Asked about Lee's remark that he was "a gadfly,"
Roe laughed`): the words are the question's or another's, not those of the one asked, whose subject
follows the clause, so that subject is withheld from them."""

from __future__ import annotations

import re

from osceq.extract.quote_drafts import Draft

# A sentence opening on `Asked`, up to the quote, with no comma or mark before it: the quote is
# still inside the opening clause.
_ASKED_TO_QUOTE = re.compile(r"(?:^|[.!?][”\"’]?\s+|\n)Asked\b[^,.;:!?\"“”\n]{1,200}$")
# The clause closing right after the quote (`… "a gadfly," Roe`, `… "a gadfly", Roe`).
_CLOSING_COMMA = re.compile(r"[”\"’]?\s*,")


def withholds(text: str, draft: Draft) -> bool:
    """Whether the draft's fragment closes an `Asked …` clause before its speaker's mention."""
    found = draft.found
    if found is None or draft.kind != "partial" or found.mention.start < draft.pair.close_end:
        return False
    if _ASKED_TO_QUOTE.search(text, max(0, draft.pair.open_start - 220), draft.pair.open_start) is None:
        return False
    return text[draft.end - 1] == "," or _CLOSING_COMMA.match(text, draft.pair.close_end) is not None
