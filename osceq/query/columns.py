"""Per-document columns read whole: day, day_end, position and kind, for filtering and ordering
without touching stored records."""

from __future__ import annotations

import struct
from array import array
from collections.abc import Callable
from datetime import date
from itertools import compress
from typing import Any, TypeVar

from whoosh import columns as whoosh_columns

from osceq.index import YEARS_SPAN_LIMIT
from osceq.query import Filters
from osceq.whoosh_reads import column_numbers

_LAST_ORDINAL = date.max.toordinal()
T = TypeVar("T")


class Columns:
    """Per-document values read from the columns, without loading stored fields.

    A column (days, offsets, kinds) is read whole, every segment at once, the first time any
    document's value is asked for: one read per segment instead of a seek and a read per document,
    then an index into one array per value.
    """

    def __init__(self, searcher: Any) -> None:
        reader = searcher.reader()
        leaves = list(reader.leaf_readers())
        self._leaves = [leaf for leaf, _ in leaves]
        self._starts = [offset for _, offset in leaves]
        self._loaded: dict[str, Any] = {}
        self._doc = reader.column_reader("doc", translate=False) if reader.has_column("doc") else None
        # The most used columns, kept as attributes once read: a match costs a few of these lookups.
        self._firsts: Any = None
        self._lasts: Any = None
        self._kind_codes: bytes | None = None
        self._kind_names: list[str] = []

    def _whole(self, name: str) -> Any:
        """Every document's value of a column, indexed by docnum (0 or "" where a segment has none)."""
        values = self._loaded.get(name)
        if values is None:
            parts = [(_whole_column(leaf, name), leaf.doc_count_all()) for leaf in self._leaves]
            values = self._loaded[name] = _joined(parts, 0)
        return values

    def days(self, docnum: int) -> tuple[int, int]:
        """(first, last) day as ordinals, 0 for none."""
        firsts = self._firsts
        if firsts is None:
            firsts = self._firsts = self._whole("day")
            self._lasts = self._whole("day_end")
        first = firsts[docnum]
        return first, self._lasts[docnum] or first

    def kind(self, docnum: int) -> str:
        codes = self._kind_codes
        if codes is None:
            codes, _ = self._kinds()
        return self._kind_names[codes[docnum]]

    def _kinds(self) -> tuple[bytes, list[str]]:
        """Every document's kind as a one-byte code (indexed by docnum), and the kind of each code."""
        if self._kind_codes is None:
            names: list[str] = [""]  # code 0: no kind
            codes = bytearray()
            for leaf in self._leaves:
                local, local_names = _kind_refs(leaf)
                table = bytes(_code_of(name, names) for name in local_names).ljust(256, b"\0")
                codes += local.translate(table)[: leaf.doc_count_all()].ljust(leaf.doc_count_all(), b"\0")
            self._kind_codes, self._kind_names = bytes(codes), names
        return self._kind_codes, self._kind_names

    def interval(self, docnum: int) -> tuple[date | None, date | None]:
        first, last = self.days(docnum)
        return _as_date(first), _as_date(last)

    def doc(self, docnum: int) -> str:
        value = self._doc[docnum] if self._doc is not None else ""
        return value.decode("utf-8") if isinstance(value, bytes) else str(value)

    def position(self, docnum: int) -> int:
        return int(self._whole("position")[docnum])

    def within(self, docnum: int, filters: Filters) -> bool:
        """Whether the document's date interval overlaps the filters' interval."""
        if not (filters.since or filters.until):
            return True
        first, last = self.days(docnum)
        return _overlaps(first, last, filters)

    def year_weight(self, docnum: int, filters: Filters) -> int:
        """What a date filter adds to a search score: how many of the filters' years the document's
        interval touches (0 unless it overlaps them), so a search ranks documents about those years
        higher. Of an interval over YEARS_SPAN_LIMIT years only the two end years count: a date
        range of a century is not a hundred times more about any year in it.
        """
        first, last = self.days(docnum)
        if not _overlaps(first, last, filters):
            return 0
        if first == last:  # one day (most documents): its year is among the filters' years
            return 1
        low = filters.since.year if filters.since else 0
        high = filters.until.year if filters.until else 9999
        first_year, last_year = date.fromordinal(first).year, date.fromordinal(last).year
        if last_year - first_year > YEARS_SPAN_LIMIT:
            return sum(1 for year in (first_year, last_year) if low <= year <= high)
        return max(0, min(last_year, high) - max(first_year, low) + 1)

    def spanning(self, day: int, kind: str) -> list[int]:
        """Documents of a kind whose interval starts before `day` (an ordinal) and ends on or after it
        (deleted ones left out, as posting lists leave them out)."""
        firsts, lasts = self._whole("day"), self._whole("day_end")
        codes, names = self._kinds()
        code = names.index(kind) if kind in names else -1
        # Filtered at C speed: starting before the day (undated ones too), then ending on or after it.
        places = list(compress(range(len(firsts)), map(day.__gt__, firsts)))
        places = list(compress(places, map(day.__le__, map(lasts.__getitem__, places))))
        deleted = {
            start + docnum
            for leaf, start in zip(self._leaves, self._starts, strict=True)
            if leaf.has_deletions()
            for docnum in leaf.deleted_docs_set
        }
        return [p for p in places if firsts[p] > 0 and codes[p] == code and p not in deleted]

    def dated(self, docnum: int) -> tuple[int, int]:
        """The start of the chronological key: the date interval, undated last."""
        first, last = self.days(docnum)
        if 0 < first <= last <= _LAST_ORDINAL:  # nearly always
            return first, last
        first = first if 0 < first <= _LAST_ORDINAL else _LAST_ORDINAL
        last = last if 0 < last <= _LAST_ORDINAL else _LAST_ORDINAL
        return first, last

    def chronological(self, docnum: int) -> tuple[int, int, str, int]:
        """Sort key: date interval (undated last), document, offset."""
        return (*self.dated(docnum), self.doc(docnum), self.position(docnum))

    def sort(
        self,
        items: list[T],
        key: Callable[[T], tuple[Any, ...]],
        docnum: Callable[[T], int],
        first: int | None = None,
    ) -> None:
        """Sort items by key(item) + chronological(docnum(item)), in place; with `first`, only the
        first that many items are certain to be in that order (ties after them are left unbroken).

        The document id is read only where key and dates tie, so sorting many matches reads few.
        """
        cheap = [(*key(item), *self.dated(docnum(item))) for item in items]
        order = sorted(range(len(items)), key=cheap.__getitem__)
        result = []
        start = 0
        while start < len(order):
            end = start + 1
            while end < len(order) and cheap[order[end]] == cheap[order[start]]:
                end += 1
            tied = [items[i] for i in order[start:end]]
            if len(tied) > 1 and (first is None or start < first):
                tied.sort(key=lambda item: self.chronological(docnum(item))[2:])
            result.extend(tied)
            start = end
        items[:] = result


def _overlaps(first: int, last: int, filters: Filters) -> bool:
    """Whether the days first..last (ordinals) overlap the filters' interval; never when undated."""
    if not (0 < first <= _LAST_ORDINAL and 0 < last <= _LAST_ORDINAL):
        return False
    if filters.since and last < filters.since.toordinal():
        return False
    return not (filters.until and first > filters.until.toordinal())


def _whole_column(leaf: Any, name: str) -> Any:
    """Every value of a numeric column of one segment, read at once (kinds: see _kind_refs).

    Falls back to reading value by value when the column is not laid out as expected.
    """
    if not leaf.has_column(name):
        return ()
    column = leaf.column_reader(name, translate=False)
    if isinstance(column, whoosh_columns.NumericColumn.Reader):
        numbers = column_numbers(column)
        if numbers is not None:
            return numbers
    return list(column)


def _code_of(name: str, names: list[str]) -> int:
    """name's place in names, added at the end when new."""
    if name not in names:
        names.append(name)
    return names.index(name)


def _kind_refs(leaf: Any) -> tuple[bytes, list[str]]:
    """A segment's `kind` column as one byte per document, indexing the segment's kind names.

    Falls back to reading value by value when the column is not laid out as expected.
    """
    if not leaf.has_column("kind"):
        return b"", []
    column = leaf.column_reader("kind", translate=False)
    try:
        if isinstance(column, whoosh_columns.RefBytesColumn.Reader) and column._typecode == "B":
            names = [unique.decode("utf-8") for unique in column._uniques]
            return bytes(column._dbfile.get(column._basepos, column._doccount)), names
    except (AttributeError, ValueError, struct.error):
        pass
    values = [value.decode("utf-8") if isinstance(value, bytes) else str(value) for value in column]
    names = list(dict.fromkeys(values))[:255]
    return bytes(names.index(value) if value in names else 0 for value in values), names


def _joined(parts: list[tuple[Any, int]], missing: Any) -> Any:
    """The segments' columns as one sequence indexed by docnum: (values, documents) per segment,
    padded with `missing` where a segment's column is short. Arrays of one type join as one array."""
    typecodes = {part.typecode if isinstance(part, array) else "" for part, _ in parts if len(part)}
    if len(typecodes) == 1 and "" not in typecodes:
        joined: Any = array(typecodes.pop())
    else:
        joined = []
    for part, documents in parts:
        joined.extend(part[:documents])
        if len(part) < documents:
            joined += (array(joined.typecode, [missing]) if isinstance(joined, array) else [missing]) * (
                documents - len(part)
            )
    return joined


def _as_date(ordinal: Any) -> date | None:
    """A day column value (a proleptic Gregorian ordinal; 0 for "no date") as a date."""
    return date.fromordinal(ordinal) if isinstance(ordinal, int) and 0 < ordinal <= _LAST_ORDINAL else None
