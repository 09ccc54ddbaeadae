"""The sentences before a pronoun speaker ("it said", "they said"), latest first, back to a fixed
reach over any number of paragraphs: where `it_antecedent` and `they_antecedent` look for the
subject the pronoun stands for."""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from functools import lru_cache

from osceq.extract.quotemarks import pair_marks
from osceq.extract.speaker_names import inside_quotation
from osceq.extract.text import sentences
from osceq.extract.tokens import Token, tokenize
from osceq.models import Block, Span

# How far back (characters) the sentences a pronoun looks at may start: the one or two before it.
REACH = 600


def sentences_back(
    text: str, body: Sequence[Block], mention: Span, reach_from: int | None = None
) -> Iterator[tuple[list[Token], bool]]:
    """Each sentence before the mention, latest first, as its tokens outside quotations and whether
    it is the mention's own sentence; a sentence of the quotation itself, or one the pronoun closes
    as its tag ("Sales fell, it said."), is passed over: what it is about did not say it. The
    sentences start no further back than REACH before reach_from (the mention when None)."""
    # (A bisect and a window, not a scan: a long file may hold thousands of paragraphs and quotes.)
    place = bisect.bisect_right(body, mention.start, key=lambda block: block.start) - 1
    # (reach_from: a chain of "it said" sentences carries the reach back from its earliest one.)
    low = (mention.start if reach_from is None else reach_from) - REACH
    # `…, it said.`, `… called "fees," they said.`: the pronoun closes its sentence as a tag.
    closes = text[max(0, mention.start - 4) : mention.start].rstrip().rstrip("\"”’'").endswith(",")
    # The blocks back to the reach: a chain of `"…," it said.` paragraphs may run over several.
    for index in range(place, -1, -1):
        block = body[index]
        if block.end <= low:
            return
        start_at = max(block.start, low)
        end_at = min(block.end, mention.start)
        if start_at == block.start and end_at == block.end:
            # (A whole paragraph reads the same for every pronoun after it: a chain of `"…," it
            # said.` paragraphs reads each many times, so it is read once.)
            read: Sequence[tuple[int, int, list[Token] | None]] = _read_whole(text, start_at, end_at)
            quote_starts: list[int] = []
            quote_ends: list[int] = []
        else:
            pairs = pair_marks(text, start_at, end_at)
            quote_starts = [p.open_start for p in pairs]
            quote_ends = [p.close_end for p in pairs]
            read = [(start, end, None) for start, end in sentences(text, start_at, end_at)]
        if start_at > block.start:
            read = read[1:]  # the window's first sentence may be cut: its subject is not read
        for start, end, read_tokens in reversed(read):
            if end <= low:
                return
            own = not text[end : mention.start].strip()
            tokens = read_tokens
            if tokens is None:
                tokens = _outside_quotations(text, start, min(end, mention.start), quote_starts, quote_ends)
            if tokens and not (own and closes):
                yield tokens, own


def _outside_quotations(
    text: str, start: int, end: int, quote_starts: list[int], quote_ends: list[int]
) -> list[Token]:
    """The tokens of text[start:end] outside the sorted quotations given by their bounds."""
    return [t for t in tokenize(text, start, end) if not inside_quotation(t.start, quote_starts, quote_ends)]


@lru_cache(maxsize=512)
def _read_whole(text: str, start: int, end: int) -> list[tuple[int, int, list[Token] | None]]:
    """Each sentence of the whole paragraph text[start:end], with its tokens outside quotations."""
    pairs = pair_marks(text, start, end)
    quote_starts = [p.open_start for p in pairs]
    quote_ends = [p.close_end for p in pairs]
    return [
        (first, last, _outside_quotations(text, first, last, quote_starts, quote_ends))
        for first, last in sentences(text, start, end)
    ]
