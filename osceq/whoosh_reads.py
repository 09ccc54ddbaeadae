"""Faster versions of three Whoosh read paths, installed when osceq.index imports Whoosh.

A query is a whole process, so what Whoosh does when it opens an index is paid by every query: on a
100,000-document index these three were most of it. Each falls back to Whoosh's own code when the
file layout is not the one expected, and tests/test_index_columns.py compares them with Whoosh's.
"""

from __future__ import annotations

import os
import struct
import sys
from array import array
from itertools import accumulate
from typing import Any

from whoosh import columns
from whoosh.filedb import filetables


class _Offsets:
    """A variable-length column's value offsets, summed from its lengths only where asked.

    Whoosh stores the offsets only above 32,768 documents a segment, and otherwise derives all of
    them from the lengths, one `array.append` at a time, whenever a column is opened: the stored
    fields and the `doc` column of a 100,000-document index cost about 30 ms of every query that
    way. Here the lengths are summed per block of _BLOCK once, and within a block on each lookup.
    """

    __slots__ = ("_last", "_lengths", "_starts")
    _BLOCK = 256

    def __init__(self, lengths: array[int]) -> None:
        self._lengths = lengths
        self._starts: list[int] | None = None
        self._last = (0, 0)  # the last (docnum, offset) asked: reading in order sums one length a step

    def __len__(self) -> int:
        return len(self._lengths)

    def __getitem__(self, docnum: int) -> int:
        lengths = self._lengths
        if docnum < 0:
            docnum += len(lengths)
        if not 0 <= docnum < len(lengths):
            raise IndexError("offset index out of range")
        last, offset = self._last
        if not last <= docnum < last + self._BLOCK:
            starts = self._starts
            if starts is None:
                block = self._BLOCK
                sums = (sum(lengths[i : i + block]) for i in range(0, len(lengths), block))
                starts = self._starts = list(accumulate(sums, initial=0))
            last = docnum - docnum % self._BLOCK
            offset = starts[docnum // self._BLOCK]
        offset += sum(lengths[last:docnum])
        self._last = (docnum, offset)
        return offset


def _read_offsets_and_lengths(reader: Any) -> None:
    """VarBytesColumn.Reader's set-up, without computing every offset up front (see _Offsets)."""
    dbfile = reader._dbfile
    doccount = reader._doccount
    lastbyte = reader._basepos + reader._length - 1
    lens_code = chr(dbfile.get_byte(lastbyte))
    if lens_code == "X":  # the offsets were written: Whoosh's own code reads them
        _whoosh_read_offsets_and_lengths(reader)
        return
    start = lastbyte - struct.calcsize(lens_code) * doccount
    reader._lengths = dbfile.get_array(start, lens_code, doccount)
    reader._offsets = _Offsets(reader._lengths)


_whoosh_read_offsets_and_lengths = columns.VarBytesColumn.Reader._read_offsets_and_lengths
columns.VarBytesColumn.Reader._read_offsets_and_lengths = _read_offsets_and_lengths


def column_numbers(reader: Any) -> array[Any] | None:
    """Every value of a numeric column reader (one segment), read at once; None when not laid out
    as expected (then read value by value)."""
    if "_osceq_values" in reader.__dict__:
        remembered: array[Any] | None = reader._osceq_values
        return remembered
    values: array[Any] | None = None
    try:
        values = array(reader._typecode)
        if values.itemsize != reader._fixedlen:
            raise ValueError(f"no array type for {reader._typecode!r}")
        values.frombytes(reader._dbfile.get(reader._basepos, reader._count * reader._fixedlen))
        if sys.byteorder == "little":
            values.byteswap()  # stored big-endian
    except (AttributeError, ValueError, TypeError, OSError):
        values = None
    reader._osceq_values = values
    return values


def _number(reader: Any, docnum: int) -> Any:
    """NumericColumn.Reader's lookup, from the whole column read once (see column_numbers).

    Whoosh seeks and reads for each document: scoring 2,000 matches read each field length apart.
    """
    values = column_numbers(reader)
    if values is None or docnum < 0:
        return _whoosh_number(reader, docnum)
    if docnum < len(values):
        return values[docnum]
    return reader._unpack(reader._defaultbytes)[0]


_whoosh_number = columns.NumericColumn.Reader.__getitem__
columns.NumericColumn.Reader.__getitem__ = _number


def _open_hash_file(
    self: Any, dbfile: Any, length: int | None = None, magic: bytes = b"HSH3", startoffset: int = 0
) -> None:
    """filetables.HashReader's set-up (each segment's term list), reading its directory of 256 hash
    tables in one read instead of 256: about a thousand reads fewer when a query opens the index."""
    self.dbfile = dbfile
    self.startoffset = startoffset
    self.is_closed = False
    if length is None:
        dbfile.seek(0, os.SEEK_END)
        length = dbfile.tell() - startoffset
    dbfile.seek(startoffset)
    filemagic = dbfile.read(4)
    if filemagic != magic:
        raise filetables.FileFormatError(f"Unknown file header {filemagic!r}")
    self.hashtype = dbfile.read_byte()
    self.hashfn = filetables._hash_functions[self.hashtype]
    dbfile.read_int()  # two ints reserved for future use
    dbfile.read_int()
    self.startofdata = dbfile.tell()
    exptr = startoffset + length - struct.calcsize("!i")
    expos = exptr - dbfile.get_int(exptr)  # the extras (a pickle) end just before their length
    dbfile.seek(expos)
    self._read_extras()
    directory = dbfile.get(expos - filetables._directory_size, filetables._directory_size)
    self.tables = list(filetables._dir_entry.iter_unpack(directory))
    self.endofdata = self.tables[0][0]


_whoosh_open_hash_file = filetables.HashReader.__init__
filetables.HashReader.__init__ = _open_hash_file
