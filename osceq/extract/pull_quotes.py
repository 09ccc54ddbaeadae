"""Pull quotes: a web page repeats a few words of a body quotation in a paragraph of their own, set
large between paragraphs (`‘I can't support this’`). Such a paragraph holds nothing but the repeated
quotation; it is layout, not one more statement, so it is left out when every clause of it was
already quoted earlier in the article and it says enough to be set large: a one-word answer
(`No.`, `Yes.`) recurs by chance in an exchange."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from osceq.models import Block, Quote

# Clause breaks inside a quotation; a pull quote cuts the body quotation at one of them.
_CLAUSE_BREAK = re.compile(r"[.,;:!?—–]+")
_WORD = re.compile(r"[^\W_]+")
# What may stand around a quotation in a paragraph of its own: marks, stops and spaces.
_ONLY_MARKS = re.compile(r"[\s\"“”‘’'.,!?…]*")
# A pull quote holds this many words or more, in clauses of two words or more (a lone `No.` is an
# answer that recurs).
_PULL_QUOTE_WORDS = 5
_CLAUSE_WORDS = 2


def _clauses(words: str) -> list[str]:
    found = (" ".join(_WORD.findall(part.lower())) for part in _CLAUSE_BREAK.split(words))
    return [clause for clause in found if clause]


def without_pull_quotes(text: str, body: Sequence[Block], quotes: list[Quote]) -> list[Quote]:
    """The quotes (sorted by start) less those repeating earlier ones alone in their paragraph."""
    seen: set[str] = set()
    kept: list[Quote] = []
    k = 0
    for quote in quotes:
        while k < len(body) and body[k].end <= quote.start:
            k += 1
        clauses = _clauses(quote.text)
        block = body[k] if k < len(body) else None
        alone = (
            quote.evidence != "signature"  # `"…"` over a line of its own naming the speaker: kept
            and block is not None
            and block.start <= quote.start
            and _ONLY_MARKS.fullmatch(text, block.start, quote.start) is not None
            and _ONLY_MARKS.fullmatch(text, quote.end, block.end) is not None
        )
        lengths = [len(clause.split()) for clause in clauses]
        if (
            alone
            and sum(lengths) >= _PULL_QUOTE_WORDS
            and min(lengths, default=0) >= _CLAUSE_WORDS
            and all(clause in seen for clause in clauses)
        ):
            continue
        seen.update(clauses)
        kept.append(quote)
    return kept
