"""Column reading on the query path: the same values as Whoosh's own readers, read more cheaply."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh import columns
from whoosh.filedb.structfile import StructFile

from osceq import index, whoosh_reads


def _written(values: list[bytes], doccount: int, cutoff: int = 2**15) -> tuple[StructFile, int]:
    buffer = io.BytesIO()
    writer = columns.VarBytesColumn(write_offsets_cutoff=cutoff).writer(StructFile(buffer))
    for docnum, value in enumerate(values):
        if value:
            writer.add(docnum, value)
    writer.finish(doccount)
    data = buffer.getvalue()
    return StructFile(io.BytesIO(data)), len(data)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.binary(max_size=40), max_size=700), st.integers(min_value=0, max_value=5))
def test_variable_length_columns_read_the_values_written(values: list[bytes], extra: int) -> None:
    doccount = len(values) + extra  # documents after the last value have none
    dbfile, length = _written(values, doccount)
    reader = columns.VarBytesColumn.Reader(dbfile, 0, length, doccount)
    assert [reader[docnum] for docnum in range(doccount)] == values + [b""] * extra
    assert list(reader) == values + [b""] * extra


@pytest.mark.parametrize("cutoff", [0, 2**15])
def test_offsets_match_whoosh_own_reading(cutoff: int) -> None:
    values = [bytes([65 + n % 26]) * (n % 7) for n in range(1000)]
    dbfile, length = _written(values, len(values), cutoff)
    ours = columns.VarBytesColumn.Reader(dbfile, 0, length, len(values))
    theirs = object.__new__(columns.VarBytesColumn.Reader)
    theirs.__dict__.update(_dbfile=dbfile, _basepos=0, _length=length, _doccount=len(values))
    whoosh_reads._whoosh_read_offsets_and_lengths(theirs)
    assert [ours._offsets[n] for n in range(len(values))] == list(theirs._offsets)
    assert ours._offsets[-1] == theirs._offsets[-1]
    with pytest.raises(IndexError):
        ours._offsets[len(values)]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["B", "H", "i", "I", "q", "f", "d"]),
    st.lists(st.one_of(st.none(), st.integers(min_value=0, max_value=255)), max_size=300),
    st.integers(min_value=0, max_value=5),
)
def test_numeric_columns_read_the_values_written(typecode: str, values: list[int | None], extra: int) -> None:
    buffer = io.BytesIO()
    column = columns.NumericColumn(typecode, default=0)
    writer = column.writer(StructFile(buffer))
    for docnum, value in enumerate(values):
        if value is not None:
            writer.add(docnum, value)
    doccount = len(values) + extra
    writer.finish(doccount)
    data = buffer.getvalue()
    reader = column.reader(StructFile(io.BytesIO(data)), 0, len(data), doccount)
    expected = [value or 0 for value in values] + [0] * extra
    assert [reader[docnum] for docnum in range(doccount)] == expected
    assert list(reader.load()) == expected


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=60) | st.from_regex(r"[A-Za-zÀ-ÿ _'’.-]{0,40}")
)
def test_name_words_are_what_the_name_analyzer_makes(text: str) -> None:
    assert index.name_words(text) == [token.text for token in index.NAME_ANALYZER(text)]


def test_hash_files_open_with_the_same_directory_as_whoosh_reads(tmp_path: Path) -> None:
    from whoosh.filedb import filetables
    from whoosh.filedb.filestore import FileStorage

    storage = FileStorage(str(tmp_path))
    writer = filetables.OrderedHashWriter(storage.create_file("terms"))
    for number in range(3000):
        writer.add(f"key{number:05d}".encode(), f"value {number}".encode())
    writer.extras["fieldmap"] = {"body": 0}
    writer.close()
    length = storage.file_length("terms")
    ours = filetables.OrderedHashReader(storage.open_file("terms"), length)
    theirs = object.__new__(filetables.OrderedHashReader)
    whoosh_init = whoosh_reads._whoosh_open_hash_file
    whoosh_init(theirs, storage.open_file("terms"), length)
    assert ours.tables == theirs.tables and ours.extras == theirs.extras
    assert (ours.startofdata, ours.endofdata, ours.hashtype) == (theirs.startofdata, theirs.endofdata, 0)
    assert ours[b"key01234"] == b"value 1234"
    assert list(ours.keys()) == [f"key{n:05d}".encode() for n in range(3000)]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.integers(min_value=0, max_value=9), min_size=1, max_size=900),
    st.lists(st.integers(min_value=0, max_value=899), max_size=60),
)
def test_offsets_are_the_sums_of_the_lengths_before_in_any_order_of_asking(
    lengths: list[int], asked: list[int]
) -> None:
    from array import array
    from itertools import accumulate

    offsets = whoosh_reads._Offsets(array("B", lengths))
    expected = list(accumulate(lengths, initial=0))
    for docnum in [*asked, *range(len(lengths)), *reversed(range(len(lengths)))]:
        if docnum < len(lengths):
            assert offsets[docnum] == expected[docnum]
