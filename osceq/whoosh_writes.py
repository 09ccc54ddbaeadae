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

from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from functools import partial
from itertools import groupby
from operator import itemgetter
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
from whoosh.codec.base import OutOfOrderError
from whoosh.codec.whoosh3 import W3FieldWriter, W3PostingsWriter
from whoosh.fields import UnknownFieldError
from whoosh.writing import PostingPool, SegmentWriter

Posting = tuple[bytes, int, float, bytes]  # (term, frequency, weight, encoded value): field.index's items
Indexer = Callable[[Any], Iterable[Posting]]

# Filters that turn one token into at most one, each from its text alone: a word's term can be learnt
# from the word by itself. (StopFilter's renumbering of positions is the one thing done in context.)
_WORD_FILTERS = (LowercaseFilter, StopFilter, CharsetFilter, StemFilter)
# What a worker's writer remembers stays a few MB: most values repeat within a few documents
# (`doc`) or come from a small set (`kind`, `years`), and a news vocabulary's common words recur.
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
    """Whoosh's own field.index, remembered per value: `kind`, `years` and the like repeat."""

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

    The first call also gives the writer the faster segment flush below.
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
        writer._osceq_indexers = known
    return known  # type: ignore[no-any-return]


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


# -- writing out a segment: lengths, the postings pool's runs, posting blocks ----------------------


def lengths_for_flush(open_lengths: Callable[[], Any]) -> Callable[[], Any]:
    """A segment's per-document reader for writing its postings, with lengths read a column at a time.

    Writing the postings asks for the field length of every posting's document: through Whoosh that
    is a has_column() stat call and a column lookup each time. Here each length column is read
    whole, once; a column not laid out as expected is read through Whoosh.
    """

    def opened() -> Any:
        reader = open_lengths()
        whoosh_length = reader.doc_field_length
        whole: dict[str, Any] = {}

        def doc_field_length(docnum: int, fieldname: str, default: int = 0) -> int:
            lengths = whole.get(fieldname, _NOT_LEARNT)
            if lengths is _NOT_LEARNT:
                lengths = whole[fieldname] = _whole_lengths(reader, fieldname)
            if lengths is None or not 0 <= docnum < len(lengths):
                return whoosh_length(docnum, fieldname, default)  # type: ignore[no-any-return]
            length = lengths[docnum]
            return default if length is None else int(length)

        def field_lengths(fieldname: str) -> list[int | None] | None:
            lengths = whole.get(fieldname, _NOT_LEARNT)
            if lengths is _NOT_LEARNT:
                lengths = whole[fieldname] = _whole_lengths(reader, fieldname)
            return lengths  # type: ignore[no-any-return]

        reader.doc_field_length = doc_field_length
        reader.osceq_field_lengths = field_lengths
        return reader

    return opened


def _whole_lengths(reader: Any, fieldname: str) -> list[int | None] | None:
    """Every document's length in a field (None: no length), or None to ask Whoosh document by document."""
    from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
    from whoosh.util.numeric import byte_to_length

    from osceq.whoosh_reads import column_numbers

    name = _lenfield(fieldname)
    if not reader.has_column(name):
        return [None] * reader.doc_count_all()
    try:
        column = reader.column_reader(name, LENGTHS_COLUMN)
    except (OSError, ValueError):
        return None
    codes = column_numbers(column)
    documents = reader.doc_count_all()
    if codes is None or len(codes) > documents:
        return None
    decoded: list[int | None] = [None, *(byte_to_length(code) for code in range(1, 256))]
    # The column ends at the last document with a length: the ones after it have none.
    return [decoded[code] for code in codes] + [None] * (documents - len(codes))


_RUN_BATCH = 2048  # postings pickled together in a run of the postings pool (one batch per run in memory)


def batch_pool_runs(pool: Any) -> None:
    """Make a postings pool write its sorted runs a batch of postings per pickle, not one each.

    A writer whose postings outgrow its memory limit spills them to temporary runs and merges those at
    the end: Whoosh pickles and unpickles each posting by itself there, a fifth of writing a segment.
    """
    import pickle

    def write_run(handle: Any, items: Iterable[Any]) -> None:
        batch: list[Any] = []
        for item in items:
            batch.append(item)
            if len(batch) == _RUN_BATCH:
                pickle.dump(batch, handle, pickle.HIGHEST_PROTOCOL)
                batch = []
        if batch:
            pickle.dump(batch, handle, pickle.HIGHEST_PROTOCOL)
        handle.close()

    def read_run(path: str) -> Iterator[Any]:
        handle = pool._open_run(path)
        try:
            while True:
                try:
                    batch = pickle.load(handle)
                except EOFError:
                    return
                yield from batch
        finally:
            handle.close()
            pool._remove_run(path)

    pool._write_run = write_run
    pool._read_run = read_run


_FIELD_AND_TERM = itemgetter(0, 1)
_COMPRESS_FROM = 128  # bytes (estimated) of a posting block below which zlib only adds to it


def _write_block(self: Any, last: bool = False) -> None:
    """W3PostingsWriter._write_block, leaving small blocks uncompressed.

    Whoosh means to skip compressing a block under 20 bytes but compresses every block; most terms
    have one small block, and setting up zlib for each was a tenth of writing a segment. A block
    records its own compression, so readers (Whoosh's own included) read both kinds.
    """
    estimate = 40 + 8 * len(self._ids) + sum(map(len, self._values))
    if estimate >= _COMPRESS_FROM or not self._compression:
        _whoosh_write_block(self, last)
        return
    level, self._compression = self._compression, 0
    try:
        _whoosh_write_block(self, last)
    finally:
        self._compression = level


_whoosh_write_block = W3PostingsWriter._write_block
W3PostingsWriter._write_block = _write_block


def add_postings(fieldwriter: Any, schema: Any, lengths: Any, items: Iterable[Any]) -> None:
    """W3FieldWriter.add_postings (the sorted pool into posting lists), a term at a time.

    Whoosh hands each posting to the postings writer by itself, checking and counting as it goes;
    here each term's postings are gathered by groupby and put into its blocks a slice at a time,
    with the same blocks, term statistics and files as a result.
    """
    last_field: str | None = None
    last_term = b""
    field_lengths: Any = None
    for (name, term), group in groupby(items, key=_FIELD_AND_TERM):
        if name != last_field:
            if last_field is not None:
                if name < last_field:
                    raise OutOfOrderError(f"Field {last_field!r} .. {name!r}")
                fieldwriter.finish_field()
            fieldwriter.start_field(name, schema[name])
            last_field, last_term = name, b""
            whole = getattr(lengths, "osceq_field_lengths", None)  # from lengths_for_flush
            field_lengths = whole(name) if whole is not None else None
        elif term < last_term:
            raise OutOfOrderError(f"Term {name}:{last_term!r} .. {name}:{term!r}")
        last_term = term
        _, _, ids, weights, values = zip(*group, strict=True)
        if field_lengths is None:
            found = [lengths.doc_field_length(docnum, name) if lengths else 0 for docnum in ids]
        else:
            found = list(map(field_lengths.__getitem__, ids))
        fieldwriter.start_term(term)
        _add_term_postings(fieldwriter._postwriter, ids, weights, values, found)
        fieldwriter.finish_term()
    if last_field is not None:
        fieldwriter.finish_field()


def _add_term_postings(writer: Any, ids: Any, weights: Any, values: Any, lengths: list[Any]) -> None:
    """W3PostingsWriter.add_posting for each posting of a term, a block's worth at a time."""
    limit = writer._blocklimit
    for start in range(0, len(ids), limit):
        if start:
            writer._write_block()  # a full block, as add_posting writes when the next posting comes
        end = start + limit
        block_weights = weights[start:end]
        writer._ids.extend(ids[start:end])
        writer._weights.extend(block_weights)
        writer._values.extend(filter(None, values[start:end]))
        writer._maxweight = max(writer._maxweight, *block_weights)
        present = list(filter(None, lengths[start:end]))  # add_posting counts only true lengths
        if present:
            shortest = min(present)
            writer._minlength = shortest if writer._minlength is None else min(writer._minlength, shortest)
            writer._maxlength = max(writer._maxlength, *present)
