"""Whoosh plumbing shared by the queries: filters, ordering, stored records, query parsing."""

from __future__ import annotations

import functools
import os
import re
import struct
from array import array
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from itertools import compress
from typing import Any, TypeVar

from whoosh import columns as whoosh_columns
from whoosh import query as wq
from whoosh.filedb import compound as whoosh_compound

from osceq.errors import QueryError
from osceq.extract.text import fold
from osceq.index import TEXT_ANALYZER, YEARS_SPAN_LIMIT
from osceq.query import Filters
from osceq.whoosh_reads import column_numbers


def conjunction(parts: Iterable[wq.Query | None]) -> wq.Query:
    """AND of the given queries, skipping the missing ones."""
    present = [part for part in parts if part is not None]
    if not present:
        return wq.Every()
    return present[0] if len(present) == 1 else wq.And(present)


def any_of(field: str, values: Iterable[str]) -> wq.Query | None:
    """OR of exact terms in a field, or None when there are none."""
    terms = [wq.Term(field, value) for value in sorted(set(values))]
    if not terms:
        return None
    return terms[0] if len(terms) == 1 else wq.Or(terms)


def coarse_filter(filters: Filters, speaker_names: set[str] | None) -> list[wq.Query | None]:
    """Index-side filters: documents, speakers (exact names). Dates are checked by Columns.passes."""
    parts: list[wq.Query | None] = []
    if filters.docs:
        parts.append(any_of("doc", filters.docs))
    if speaker_names is not None:
        parts.append(any_of("speaker_name", speaker_names) or wq.NullQuery)
    return parts


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


def filtered_docnums(
    searcher: Any,
    query: wq.Query,
    filters: Filters,
    columns: Columns | None = None,
    kind: str | None = None,
) -> list[int]:
    """Every match that passes the date filters (and is of `kind`), unscored (for listings in date order).

    Checking the kind from its column beats a `kind:` term when the rest of the query is narrow:
    Whoosh intersects two terms by building sets of all their documents.
    """
    columns = columns or Columns(searcher)
    return [
        docnum
        for docnum in searcher.docs_for_query(query)
        if (kind is None or columns.kind(docnum) == kind) and columns.within(docnum, filters)
    ]


def matching_docnums(
    searcher: Any, query: wq.Query, filters: Filters, columns: Columns | None = None, kind: str | None = None
) -> list[tuple[float, int]]:
    """(score, docnum) of every match that passes the date filters (and is of `kind`), best score first.

    A date filter adds its year_weight to the score, as when it was part of the query. The kind is
    checked from its column, as in filtered_docnums: a `kind:` term in the query would make Whoosh
    skip through the posting list of every document of that kind to intersect it with the words.
    """
    columns = columns or Columns(searcher)
    dated = bool(filters.since or filters.until)
    matches = []
    for score, docnum in scored_matches(searcher, query):
        if kind is not None and columns.kind(docnum) != kind:
            continue
        if not dated:
            matches.append((float(score or 0.0), docnum))
        elif columns.within(docnum, filters):
            matches.append((float(score or 0.0) + columns.year_weight(docnum, filters), docnum))
    matches.sort(key=lambda match: -match[0])
    return matches


def scored_matches(searcher: Any, query: wq.Query) -> Iterator[tuple[float, int]]:
    """(score, docnum) of every match, as searcher.search(query, limit=None) scores them, in docnum
    order: stepping each segment's matcher directly, without Whoosh's collector, is a quarter faster
    over thousands of matches.

    Like the collector, it lets the matcher replace itself with a simpler one every few matches
    (a union whose other parts are used up becomes its last part), which halves an AND's cost.
    """
    context = searcher.context()
    for subsearcher, offset in searcher.leaf_searchers():
        matcher = query.matcher(subsearcher, context)
        step = 0
        while matcher.is_active():
            if step % _REPLACE_EVERY == 0:
                matcher = matcher.replace(0)
                if not matcher.is_active():
                    break
            yield float(matcher.score() or 0.0), matcher.id() + offset
            matcher.next()
            step += 1


_REPLACE_EVERY = 10  # matches, as Whoosh's TopCollector does


_SLOT = struct.Struct("!Iq")  # Whoosh's hash files: a slot is (key hash, item position)
_LENGTHS = struct.Struct("!ii")  # an item starts with (key length, value length)
_DOC_FREQUENCY = struct.Struct("!I")  # in a term's info: after a flags byte and a float weight


def doc_frequencies(reader: Any, field: str, words: Iterable[str]) -> dict[str, int]:
    """reader.doc_frequency(field, word) of each word, with fewer file reads and Python layers.

    Whoosh looks a term up in each segment's hash file with a read for the slot, the lengths, the
    key and the term's info apiece, each through three file objects; here the lengths, key and info
    are one read, straight from the open file, and a key's hash is computed once for all segments.
    Falls back to Whoosh's own lookup when a segment is not laid out as expected.
    """
    words = list(dict.fromkeys(words))
    totals = dict.fromkeys(words, 0)
    hashes: dict[bytes, int] = {}
    for leaf, _ in reader.leaf_readers():
        terms: Any = getattr(leaf, "_terms", None)
        tindex: Any = getattr(terms, "_tindex", None)
        read = _direct_reader(tindex)
        for word in words:
            found = None
            if read is not None:
                try:
                    key = terms._keycoder(field, word.encode("utf-8"))
                    keyhash = hashes.get(key)
                    if keyhash is None:
                        keyhash = hashes[key] = tindex.hashfn(key)
                    found = _hashed_doc_frequency(tindex.tables, read, key, keyhash)
                except (AttributeError, TypeError, struct.error, OSError):
                    found = None
            totals[word] += leaf.doc_frequency(field, word) if found is None else found
    return totals


def _direct_reader(tindex: Any) -> Callable[[int, int], bytes] | None:
    """read(position, length) of a terms hash file: a positioned read of the file it lies in (a
    compound segment), which leaves the file object Whoosh reads through untouched."""
    try:
        if tindex.startoffset != 0 or not tindex.hashfn or not tindex.tables:
            return None
        part = tindex.dbfile.file
        if isinstance(part, whoosh_compound.SubFile):
            source, base = part._file, part._offset
        else:
            source, base = part, 0
        descriptor = source.fileno()
    except (AttributeError, OSError, ValueError):
        return None

    def direct(position: int, length: int) -> bytes:
        return os.pread(descriptor, length, base + position)

    return direct


def _hashed_doc_frequency(
    tables: list[tuple[int, int]], read: Callable[[int, int], bytes], key: bytes, keyhash: int
) -> int:
    """The document frequency stored under key in one segment's terms hash file (0: absent)."""
    tablestart, numslots = tables[keyhash & 255]
    if not numslots:
        return 0
    tableend = tablestart + numslots * _SLOT.size
    slotpos = tablestart + ((keyhash >> 8) % numslots) * _SLOT.size
    start = _LENGTHS.size
    for _ in range(numslots):
        slothash, itempos = _SLOT.unpack(read(slotpos, _SLOT.size))
        if not itempos:
            return 0
        if slothash == keyhash:
            # lengths, key, then the term's info: a flags byte, a float weight, the document frequency
            item = read(itempos, start + len(key) + 5 + _DOC_FREQUENCY.size)
            if _LENGTHS.unpack_from(item)[0] == len(key) and item[start : start + len(key)] == key:
                return int(_DOC_FREQUENCY.unpack_from(item, start + len(key) + 5)[0])
        slotpos += _SLOT.size
        if slotpos == tableend:
            slotpos = tablestart
    return 0


def record(searcher: Any, docnum: int) -> dict[str, Any]:
    """The stored JSON-able record of a document."""
    stored = searcher.stored_fields(docnum)
    return dict(stored.get("record") or {})


def check_parsed(parsed: wq.Query, text: str) -> wq.Query:
    """Raise a clear error when the parser flagged part of a query as invalid."""
    for node in [parsed, *parsed.leaves()]:
        problem = getattr(node, "error", None)
        if problem:
            raise QueryError(f"cannot understand the query {text!r}: {problem}")
    return parsed


_FIELD_BOOSTS = {"title": 2.0, "body": 1.0, "captions": 0.5}
# Anything that makes a query more than plain words in Whoosh's language.
_QUERY_SYNTAX = re.compile(r"""["'*?:()\[\]{}^~+\-\\/]|\b(?:AND|OR|NOT|ANDNOT|ANDMAYBE|TO)\b""")


def parse_query(text: str, fields: list[str], schema: Any, literal: bool = False) -> wq.Query:
    """Parse a query in Whoosh's language (AND/OR/NOT, "phrases", wildcards, field:value), or as words.

    Plain words skip the parser (and its import): they mean the same AND of words either way.
    """
    if literal or not _QUERY_SYNTAX.search(text):
        return literal_query(text, fields)
    from whoosh.qparser import MultifieldParser

    parser = MultifieldParser(
        fields, schema=schema, fieldboosts={f: _FIELD_BOOSTS.get(f, 1.0) for f in fields}
    )
    try:
        parsed = parser.parse(text)
    except Exception as error:  # the parser raises assorted errors on odd input
        raise QueryError(f"cannot understand the query {text!r}: {error}", "try --literal") from error
    if parsed is wq.NullQuery:
        raise QueryError(f"the query {text!r} has no words to search for")
    return check_parsed(parsed, text)


def literal_query(text: str, fields: list[str]) -> wq.Query:
    """Every word of text must appear (in any of the fields, each weighted as in a parsed query)."""
    words = [token.text for token in TEXT_ANALYZER(text)]
    if not words:
        raise QueryError(f"the query {text!r} has no words to search for")
    return wq.And(
        [
            wq.Or([wq.Term(field, word, boost=_FIELD_BOOSTS.get(field, 1.0)) for field in fields])
            for word in dict.fromkeys(words)
        ]
    )


def stems(text: str) -> list[str]:
    """The folded, stemmed words of text, as the index sees them."""
    return [token.text for token in TEXT_ANALYZER(text)]


def matching_spans(text: str, terms: set[str]) -> list[tuple[str, int, int]]:
    """(stem, start, end) of each word of text whose stem, as the index analyses it, is in terms.

    Stemming every word of a long article is the slow part of a snippet: only words that begin
    like one of the terms are analysed (the stemmer rewrites endings, never a word's first letters).
    """
    prefixes = {term[:2] for term in terms}
    found = []
    for match in _WORD.finditer(text):
        word = match.group()
        head = word[:2].lower()
        if head not in prefixes and (head.isascii() or fold(head) not in prefixes):
            continue
        for stem in _word_stems(word):
            if stem in terms:
                found.append((stem, match.start(), match.end()))
    return found


@functools.lru_cache(maxsize=8192)
def _word_stems(word: str) -> tuple[str, ...]:
    # The same words recur across the hits of a search ("said", "company"): analyse each once.
    return tuple(token.text for token in TEXT_ANALYZER(word))


_WORD = re.compile(r"[^\W_]+")
