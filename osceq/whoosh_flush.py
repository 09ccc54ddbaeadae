"""A faster flush of a Whoosh segment (SegmentWriter._flush_segment), for osceq's write path.

Writing out a segment handles every posting by itself four times in Python: Whoosh pickles and
unpickles each one in the postings pool's spilled runs, asks for its document's field length through a
stat call and a column lookup, and hands it to the block writer with checks and statistics. Here runs
are pickled in batches, each length column is read once, and a term's postings fill its 128-posting
blocks a slice at a time. The files hold what Whoosh's own flush writes: tests/test_whoosh_writes.py
compares the decoded posting blocks, term statistics and lengths.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from itertools import groupby
from operator import itemgetter
from typing import Any

from whoosh.codec.base import OutOfOrderError
from whoosh.codec.whoosh3 import W3PostingsWriter

_NOT_READ = object()


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
            lengths = whole.get(fieldname, _NOT_READ)
            if lengths is _NOT_READ:
                lengths = whole[fieldname] = _whole_lengths(reader, fieldname)
            if lengths is None or not 0 <= docnum < len(lengths):
                return whoosh_length(docnum, fieldname, default)  # type: ignore[no-any-return]
            length = lengths[docnum]
            return default if length is None else int(length)

        def field_lengths(fieldname: str) -> list[int | None] | None:
            lengths = whole.get(fieldname, _NOT_READ)
            if lengths is _NOT_READ:
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
    """Make a postings pool write its sorted runs a batch of postings per pickle, and merge them a
    batch at a time.

    A writer whose postings outgrow its memory limit spills them to temporary runs and merges those at
    the end: Whoosh pickles and unpickles each posting by itself there, a fifth of writing a segment,
    and its heap merge moves each posting in Python.
    """
    import pickle

    def write_run(handle: Any, items: Iterable[Any]) -> None:
        if isinstance(items, list):  # a sorted run
            for start in range(0, len(items), _RUN_BATCH):
                pickle.dump(items[start : start + _RUN_BATCH], handle, pickle.HIGHEST_PROTOCOL)
        else:  # runs being merged into one
            batch: list[Any] = []
            for item in items:
                batch.append(item)
                if len(batch) == _RUN_BATCH:
                    pickle.dump(batch, handle, pickle.HIGHEST_PROTOCOL)
                    batch = []
            if batch:
                pickle.dump(batch, handle, pickle.HIGHEST_PROTOCOL)
        handle.close()

    def run_batches(path: str) -> Iterator[list[Any]]:
        handle = pool._open_run(path)
        try:
            while True:
                try:
                    yield pickle.load(handle)
                except EOFError:
                    return
        finally:
            handle.close()
            pool._remove_run(path)

    def read_run(path: str) -> Iterator[Any]:
        for batch in run_batches(path):
            yield from batch

    def merge_runs(paths: list[str]) -> Iterator[Any]:
        return merge_sorted_batches([run_batches(path) for path in paths])

    pool._write_run = write_run
    pool._read_run = read_run
    pool._merge_runs = merge_runs


def merge_sorted_batches(runs: list[Iterator[list[Any]]]) -> Iterator[Any]:
    """The items of sorted runs, each read as a series of sorted batches, in sorted order.

    A heap merge compares and moves each item in Python. Here each round takes, from every run's
    batch in hand, the items up to the smallest of the batches' last items (no unread item can sort
    before it) and sorts them together: list.sort merges the sorted stretches in C.
    """
    in_hand: list[list[Any]] = []
    sources: list[Iterator[list[Any]]] = []
    for run in runs:
        batch = next((batch for batch in run if batch), None)
        if batch is not None:
            in_hand.append(batch)
            sources.append(run)
    while in_hand:
        bound = min(batch[-1] for batch in in_hand)
        ready: list[Any] = []
        for place, batch in enumerate(in_hand):
            cut = bisect_right(batch, bound)
            if cut:
                ready.extend(batch[:cut])
                in_hand[place] = batch[cut:]
        ready.sort()
        yield from ready
        for place in reversed(range(len(in_hand))):  # refill emptied hands; drop runs read to the end
            if not in_hand[place]:
                batch = next((batch for batch in sources[place] if batch), None)
                if batch is None:
                    del in_hand[place], sources[place]
                else:
                    in_hand[place] = batch


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
