"""Whoosh plumbing shared by the queries: filters, ordering, stored records, query parsing."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from whoosh import query as wq

from osceq.errors import QueryError
from osceq.extract.text import fold
from osceq.index import TEXT_ANALYZER
from osceq.query import Filters


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
    """Index-side filters: years the interval touches, documents, speakers (exact names)."""
    parts: list[wq.Query | None] = []
    if filters.since or filters.until:
        low = f"{filters.since.year:04d}" if filters.since else None
        high = f"{filters.until.year:04d}" if filters.until else None
        parts.append(wq.TermRange("years", low, high))
    if filters.docs:
        parts.append(any_of("doc", filters.docs))
    if speaker_names is not None:
        parts.append(any_of("speaker_name", speaker_names) or wq.NullQuery)
    return parts


class Columns:
    """Per-document values read from the columns, without loading stored fields."""

    def __init__(self, searcher: Any) -> None:
        reader = searcher.reader()

        def column(name: str) -> Any:
            return reader.column_reader(name, translate=False) if reader.has_column(name) else None

        self._first = column("day")
        self._last = column("day_end")
        self._doc = column("doc")
        self._position = column("position")

    def interval(self, docnum: int) -> tuple[date | None, date | None]:
        first = _as_date(self._first[docnum]) if self._first is not None else None
        last = _as_date(self._last[docnum]) if self._last is not None else None
        return first, last or first

    def doc(self, docnum: int) -> str:
        value = self._doc[docnum] if self._doc is not None else ""
        return value.decode("utf-8") if isinstance(value, bytes) else str(value)

    def position(self, docnum: int) -> int:
        return int(self._position[docnum]) if self._position is not None else 0

    def within(self, docnum: int, filters: Filters) -> bool:
        """Whether the document's date interval overlaps the filters' interval."""
        if not (filters.since or filters.until):
            return True
        first, last = self.interval(docnum)
        if first is None or last is None:
            return False
        return not ((filters.since and last < filters.since) or (filters.until and first > filters.until))

    def chronological(self, docnum: int) -> tuple[date, date, str, int]:
        """Sort key: date interval (undated last), document, offset."""
        first, last = self.interval(docnum)
        return (first or date.max, last or date.max, self.doc(docnum), self.position(docnum))


_LAST_ORDINAL = date.max.toordinal()


def _as_date(ordinal: Any) -> date | None:
    """A day column value (a proleptic Gregorian ordinal; 0 for "no date") as a date."""
    return date.fromordinal(ordinal) if isinstance(ordinal, int) and 0 < ordinal <= _LAST_ORDINAL else None


def filtered_docnums(searcher: Any, query: wq.Query, filters: Filters) -> list[int]:
    """Every match that passes the exact date filter, unscored (for listings in date order)."""
    columns = Columns(searcher)
    return [docnum for docnum in searcher.docs_for_query(query) if columns.within(docnum, filters)]


def matching_docnums(searcher: Any, query: wq.Query, filters: Filters) -> list[tuple[float, int]]:
    """(score, docnum) of every match that passes the exact date filter, best score first."""
    results = searcher.search(query, limit=None)
    columns = Columns(searcher)
    return [
        (float(score or 0.0), docnum) for score, docnum in results.top_n if columns.within(docnum, filters)
    ]


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
        if fold(word[:2]) not in prefixes:
            continue
        for token in TEXT_ANALYZER(word):
            if token.text in terms:
                found.append((token.text, match.start(), match.end()))
    return found


_WORD = re.compile(r"[^\W_]+")
