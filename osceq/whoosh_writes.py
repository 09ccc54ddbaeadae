"""A faster version of Whoosh's per-document write path (SegmentWriter.add_document).

Whoosh indexes each field of each document by passing every word through a chain of generators
(tokenizer, lowercase, stop words, folding, stemming), one Token object at a time, and analyses the
same `kind`, `doc` and year values again for every quote and event. That was most of the CPU of
writing an index. Here a text field is split by its tokenizer's regex in one call, and each distinct
word's term is learnt once, by running Whoosh's own filters over it; fields whose values repeat get
their postings from a memo of Whoosh's own answer. Anything not laid out as expected (another
format, tokenizer or filter, vectors, spelling fields, boosts) goes through Whoosh's own code, and
tests/test_whoosh_writes.py compares the postings, lengths, stored fields and columns with Whoosh's.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterable
from datetime import datetime
from functools import partial
from typing import Any

from whoosh import formats
from whoosh.analysis import (
    CharsetFilter,
    CompositeAnalyzer,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
    Token,
)
from whoosh.codec.whoosh3 import W3FieldWriter
from whoosh.fields import UnknownFieldError
from whoosh.writing import PostingPool, SegmentWriter

from osceq.whoosh_flush import add_postings, batch_pool_runs, lengths_for_flush

Posting = tuple[bytes, int, float, bytes]  # (term, frequency, weight, encoded value): field.index's items
Indexer = Callable[[Any], Iterable[Posting]]

# Filters that turn one token into at most one, each from its text alone: a word's term can be learnt
# from the word by itself. (StopFilter's renumbering of positions is the one thing done in context.)
_WORD_FILTERS = (LowercaseFilter, StopFilter, CharsetFilter, StemFilter)
# What a worker's writer remembers stays a few MB: most values repeat within a few documents
# (`doc`) or come from a small set (`kind`, `periods`), and a news vocabulary's common words recur.
_WORD_MEMO_LIMIT = 100_000  # distinct words remembered per field before starting over
_VALUE_MEMO_LIMIT = 10_000  # distinct values remembered per field before starting over
_SINGLE_LIMIT = 4_096  # positions whose one-occurrence value is kept, for sharing
_NOT_LEARNT = object()


class _Terms(dict[str, "bytes | None"]):
    """word -> its term (None: a stop word), learnt on first sight by `learn`."""

    def __init__(self, learn: Callable[[str], bytes | None]) -> None:
        super().__init__()
        self._learn = learn

    def __missing__(self, word: str) -> bytes | None:
        term = self._learn(word)
        if len(self) >= _WORD_MEMO_LIMIT:
            self.clear()
        self[word] = term
        return term


class _FusedPositions:
    """A Positions field's postings: one regex pass over the text, each word's term learnt once."""

    def __init__(self, field: Any) -> None:
        self._whoosh_index = field.index  # for values other than one string
        self._findall = field.analyzer.items[0].expression.findall
        self._filters = field.analyzer.items[1:]
        self._renumber = any(isinstance(f, StopFilter) and f.renumber for f in self._filters)
        self._field_boost = field.format.field_boost
        self._encode = field.format.encode
        self._terms = _Terms(self._learn)
        self._single: dict[int, bytes] = {}  # a term's encoded value when it occurs once, by position

    def _learn(self, word: str) -> bytes | None:
        """The term Whoosh's filters make of a word (None: a stop word)."""
        token = Token(positions=False, chars=False, removestops=True, mode="index")
        token.text, token.boost, token.stopped = word, 1.0, False
        tokens: Any = iter([token])
        for step in self._filters:
            tokens = step(tokens)
        kept = [t.text for t in tokens if not t.stopped]
        return kept[0].encode("utf-8") if kept else None

    def __call__(self, value: Any) -> Iterable[Posting]:
        if type(value) is not str:
            return self._whoosh_index(value)  # type: ignore[no-any-return]
        terms = list(map(self._terms.__getitem__, self._findall(value)))
        if self._renumber:
            # StopFilter(renumber=True) numbers kept words on from the first one's place.
            first = next((place for place, term in enumerate(terms) if term is not None), 0)
            placed: Iterable[tuple[int, bytes | None]] = enumerate([t for t in terms if t is not None], first)
        else:
            placed = enumerate(terms)
        positions: dict[bytes, list[int]] = {}
        known = positions.get
        for place, term in placed:
            if term is None:
                continue
            found = known(term)
            if found is None:
                positions[term] = [place]
            else:
                found.append(place)
        boost = self._field_boost
        return [
            (term, len(places), float(len(places)) * boost, self._value(places))
            for term, places in positions.items()
        ]

    def _value(self, places: list[int]) -> bytes:
        """Positions.encode(places); a word seen once shares its value with others at its place."""
        if len(places) > 1 or places[0] >= _SINGLE_LIMIT:
            return bytes(self._encode(places))
        encoded = self._single.get(places[0])
        if encoded is None:
            encoded = self._single[places[0]] = bytes(self._encode(places))
        return encoded


def _fusable(field: Any) -> bool:
    analyzer = getattr(field, "analyzer", None)
    if type(field.format) is not formats.Positions or not isinstance(analyzer, CompositeAnalyzer):
        return False
    tokenizer, *filters = analyzer.items
    return (
        type(tokenizer) is RegexTokenizer
        and not tokenizer.gaps
        and all(type(step) in _WORD_FILTERS for step in filters)
    )


class _Memoised:
    """Whoosh's own field.index, remembered per value: `kind`, `periods` and the like repeat."""

    def __init__(self, field: Any) -> None:
        self._index = field.index
        self._answers: dict[Any, tuple[Posting, ...]] = {}

    def __call__(self, value: Any) -> Iterable[Posting]:
        if type(value) not in (str, datetime, int):  # only values that hash by what they are
            return self._index(value)  # type: ignore[no-any-return]
        answer = self._answers.get(value)
        if answer is None:
            answer = tuple(self._index(value))
            if len(self._answers) >= _VALUE_MEMO_LIMIT:
                self._answers.clear()
            self._answers[value] = answer
        return answer


def field_indexer(field: Any) -> Indexer:
    """The cheapest exact stand-in for field.index(value) (the same postings, in any order)."""
    if _fusable(field):
        return _FusedPositions(field)
    if isinstance(field.format, (formats.Existence, formats.Frequency)) and not isinstance(
        field.format, formats.Positions
    ):
        return _Memoised(field)
    return field.index  # type: ignore[no-any-return]


def _indexers(writer: Any) -> dict[str, Indexer] | None:
    """The writer's field indexers, or None when its schema needs Whoosh's own path.

    The first call also gives the writer the faster segment flush of osceq.whoosh_flush.
    """
    known: Any = writer.__dict__.get("_osceq_indexers", _NOT_LEARNT)
    if known is _NOT_LEARNT:
        schema = writer.schema
        plain = type(writer) is SegmentWriter and not any(
            field.vector or field.separate_spelling() for _, field in schema.items()
        )
        known = None
        if plain:
            known = {name: field_indexer(field) for name, field in schema.items() if field.indexed}
            writer.per_document_reader = lengths_for_flush(writer.per_document_reader)
            batch_pool_runs(writer.pool)
            if type(writer.fieldwriter) is W3FieldWriter:
                writer.fieldwriter.add_postings = partial(add_postings, writer.fieldwriter)
            _compress_large_stored_values_only(writer.perdocwriter)
        writer._osceq_indexers = known
    return known  # type: ignore[no-any-return]


_COMPRESS_STORED_FROM = 2_048  # bytes of a document's pickled stored fields


def _compress_large_stored_values_only(perdocwriter: Any) -> None:
    """Write a document's stored fields as a zlib stream of level 0 (no compression) when it is small.

    Whoosh compresses every document's stored fields at level 3. For osceq's quote and event records
    (most of its documents, around 700 bytes each) zlib took a tenth of the indexing CPU to save a third
    of their bytes; articles, whose stored text is larger and shrinks to a third, are still
    compressed. Either way the column holds zlib streams, so any Whoosh reader reads it.
    """
    stored = getattr(perdocwriter, "_colwriters", {}).get("_stored")
    values: Any = getattr(stored, "_child", None)  # the bytes under the pickle
    if getattr(values, "_compress", None) is zlib.compress:
        values._compress = _zlib_when_large


def _zlib_when_large(data: bytes, level: int) -> bytes:
    return zlib.compress(data, level if len(data) >= _COMPRESS_STORED_FROM else 0)


def add_document(writer: Any, fields: dict[str, Any]) -> None:
    """writer.add_document(**fields), with each field's postings from field_indexer."""
    indexers = _indexers(writer)
    if indexers is None or any(name.startswith("_") for name in fields):  # boosts, custom stored values
        writer.add_document(**fields)
        return
    writer._check_state()
    schema = writer.schema
    names = sorted(fields)
    for name in names:
        if name not in schema:
            raise UnknownFieldError(f"No field named {name!r} in {schema}")
    perdocwriter = writer.perdocwriter
    docnum = writer.docnum
    postings: list[tuple[str, bytes, int, float, bytes]] = []
    size = 0
    posted: list[str] = []  # the fields with postings
    perdocwriter.start_doc(docnum)
    try:
        for name in names:
            value = fields[name]
            if value is None:
                continue
            field = schema[name]
            length = 0
            if field.indexed:
                scorable = field.scorable
                before = len(postings)
                for term, frequency, weight, encoded in indexers[name](value):
                    if scorable:
                        length += frequency
                    postings.append((name, term, docnum, weight, encoded))
                    size += 2 * len(term) + len(encoded)
                if len(postings) > before:
                    size += (_POSTING_SIZE + len(name)) * (len(postings) - before)
                    posted.append(name)
            perdocwriter.add_field(name, field, value if field.stored else None, length)
            column = field.column_type
            if column:
                perdocwriter.add_column_value(name, column, field.to_column_value(value))
    except Exception:
        perdocwriter.cancel_doc()
        raise
    perdocwriter.finish_doc()
    _pool_postings(writer.pool, postings, posted, size)
    writer._added = True
    writer.docnum += 1


# What PostingPool.add counts for a posting besides its field name, term (twice) and value, in bytes.
_POSTING_SIZE = 28 + 4 * 5 + 21 + 26 + 18 + 16 + 21


def _pool_postings(pool: Any, postings: list[Any], posted: list[str], size: int) -> None:
    """pool.add(posting) for each posting, all at once (the pool spills to a run on the same limit)."""
    if type(pool) is not PostingPool:
        for posting in postings:
            pool.add(posting)
        return
    pool.fieldnames.update(posted)
    pool.current.extend(postings)
    pool.currentsize += size
    if pool.currentsize > pool.limit:
        pool.save()
