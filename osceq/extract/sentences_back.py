"""The sentences before a pronoun speaker ("it said", "they said"), latest first, back to a fixed
reach over any number of paragraphs: where `it_antecedent` and `they_antecedent` look for the
subject the pronoun stands for."""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence

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
        pairs = pair_marks(text, start_at, end_at)
        quote_starts = [p.open_start for p in pairs]
        quote_ends = [p.close_end for p in pairs]
        spans = sentences(text, start_at, end_at)
        if start_at > block.start:
            spans = spans[1:]  # the window's first sentence may be cut: its subject is not read
        for start, end in reversed(spans):
            if end <= low:
                return
            own = not text[end : mention.start].strip()
            tokens = [
                t
                for t in tokenize(text, start, min(end, mention.start))
                if not inside_quotation(t.start, quote_starts, quote_ends)
            ]
            if tokens and not (own and closes):
                yield tokens, own
