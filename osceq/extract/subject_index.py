"""The person subjects of an article's sentences, parsed block by block as pronouns ask for them."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from osceq.extract.kin_owners import kin_owner
from osceq.extract.quotemarks import pair_marks
from osceq.extract.roundup_labels import label_end
from osceq.extract.speaker_names import inside_quotation
from osceq.extract.subjects import sentence_person
from osceq.extract.text import sentences
from osceq.extract.tokens import tokenize
from osceq.extract.unclosed_tags import close_at_tags
from osceq.models import Block


class SubjectIndex:
    """The person subjects of one article's body blocks, each block parsed once, when first asked."""

    def __init__(self, text: str, body: Sequence[Block]) -> None:
        self.text = text
        self.body = body
        self._block_subjects: dict[int, list[tuple[int, str]]] = {}
        self._block_owners: dict[int, list[tuple[int, str, str, str]]] = {}  # owners opening sentences on kin
        self._block_starts = [block.start for block in body]  # body blocks are sorted and disjoint
        self._block_ends = [block.end for block in body]

    def between(self, low: int, high: int, is_person: Callable[[str], bool]) -> list[tuple[int, str]]:
        """The person subjects named at offsets low <= p < high, outside quotations.

        A subject lies in its sentence, so only the body blocks overlapping the window are parsed,
        each once: parsing every sentence of the article for a few pronouns took some two fifths of
        the quote extraction on wire stories. A block is checked against the names `is_person` knows
        when the block is first parsed."""
        first = bisect.bisect_right(self._block_ends, low)
        last = bisect.bisect_left(self._block_starts, high)
        found: list[tuple[int, str]] = []
        for index in range(first, last):
            if index not in self._block_subjects:
                owners: list[tuple[int, str, str, str]] = []
                self._block_subjects[index] = self._block_persons(self.body[index], is_person, owners)
                self._block_owners[index] = owners
            # Sorted: the window is a slice, not a scan of every subject of a huge paragraph.
            subjects = self._block_subjects[index]
            found.extend(
                subjects[bisect.bisect_left(subjects, (low,)) : bisect.bisect_left(subjects, (high,))]
            )
        return found

    def owners_between(self, low: int, high: int) -> list[tuple[int, str, str, str]]:
        """The owners opening sentences on a noun of kin (`kin_owners`) at low <= p < high, outside
        quotations, in the blocks `between` parsed."""
        first = bisect.bisect_right(self._block_ends, low)
        last = bisect.bisect_left(self._block_starts, high)
        return [
            o for index in range(first, last) for o in self._block_owners.get(index, ()) if low <= o[0] < high
        ]

    def _block_persons(
        self,
        block: Block,
        is_person: Callable[[str], bool],
        owners: list[tuple[int, str, str, str]] | None = None,
    ) -> list[tuple[int, str]]:
        """The person subjects of one block's sentences outside quotations (and into owners, the
        owners of kin opening them)."""
        subjects: list[tuple[int, str]] = []
        pairs = close_at_tags(self.text, pair_marks(self.text, block.start, block.end), block.end)
        starts = [p.open_start for p in pairs]
        ends = [p.close_end for p in pairs]
        for start, end in sentences(self.text, block.start, block.end):
            if inside_quotation(start, starts, ends):
                continue
            tokens = tokenize(self.text, start, end)
            if starts:  # (most paragraphs hold no quotation: no test of each token then)
                tokens = [t for t in tokens if not inside_quotation(t.start, starts, ends)]
            next_quote = bisect.bisect_left(starts, start)
            quoted = next_quote < len(starts) and starts[next_quote] < end
            label = label_end(tokens, is_person) if block is not self.body[0] else 0
            if label:  # (`MOVES — Cato Prell, …` after the first paragraph: an item's label, no dateline)
                start, tokens = tokens[label].start, tokens[label:]
            found = sentence_person(self.text, start, end, tokens, quoted, is_person)
            owner = kin_owner(tokens)
            if owner is not None and owners is not None:
                owners.append(owner)
            if found is not None and not (owner is not None and owner[:2] == found):
                subjects.append(found)  # (`Marsh's son remains …` is the son's sentence, not Marsh's)
        return sorted(subjects)
