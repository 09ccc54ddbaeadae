"""Quotations a naming noun introduces as a text's name or printed words, not as speech: a paper's
title (`under the title "…"`), a slogan, a motto, a song's refrain or chorus, a printed line."""

from __future__ import annotations

import re

from osceq.extract.quote_drafts import Draft

# The naming noun, then a comma, a dash, a colon or nothing, right before the opening mark. Not "the
# line" or "the warning" alone, which a speaker repeats as often; not "titled" or "entitled", nor a
# post's "caption:", whose words the news counts as its author's (`an editorial entitled "…"`).
_NAMING_BEFORE = re.compile(
    r"\b(?:(?:the|a|its|his|her|their)\s+(?:working\s+)?title"
    r"|slogans?|mottos?|taglines?|refrains?|chorus|(?:advertising|poster)\s+lines?)"
    r"\s*(?:[,:]|\s[—–-])?\s*$"
    # `Its label carries the warning "…"`, `the box bore the line "…"`: words printed on a thing.
    r"|\b(?:carr(?:y|ies|ied)|bears?|bore)\s+(?:the|a)\s+(?:lines?|warning|words|message|legend)\s*[,:]?\s*$",
    re.IGNORECASE,
)


def named_text(text: str, draft: Draft) -> bool:
    """Whether the quotation is a title, a slogan, a refrain or a printed line by the words before it."""
    opening = draft.pair.open_start
    return _NAMING_BEFORE.search(text, max(0, opening - 40), opening) is not None
