"""Column reading on the query path: the same values as Whoosh's own readers, read more cheaply."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh import columns
from whoosh.filedb.structfile import StructFile

from osceq import index


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
    index._whoosh_read_offsets_and_lengths(theirs)
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
