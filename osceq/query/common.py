"""Whoosh plumbing shared by the queries: filters, matching, stored records, query parsing.

Per-document columns live in `columns.py`, term frequencies in `terms.py`."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from whoosh import query as wq

from osceq.errors import QueryError
from osceq.extract.text import fold
from osceq.index import TEXT_ANALYZER, speaker_term
from osceq.query import Filters
from osceq.query.columns import Columns


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
        parts.append(any_of("speaker_name", map(speaker_term, speaker_names)) or wq.NullQuery)
    return parts


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


def record(searcher: Any, docnum: int) -> dict[str, Any]:
    """The stored JSON-able record of a document."""
    stored = searcher.stored_fields(docnum)
    return dict(stored.get("record") or {})


def check_parsed(parsed: wq.Query, text: str) -> wq.Query:
    """Raise a clear error when the parser flagged part of a query as invalid."""
    for node in [parsed, *parsed.leaves()]:
        problem = getattr(node, "error", None)
        if problem:
            raise _query_error(text, problem)
        if isinstance(node, (wq.Wildcard, wq.Prefix)) and _letters_before_wildcard(node.text) < 2:
            # `s*` reads the postings of every word starting with s: tens of seconds on a big corpus.
            raise QueryError(
                f"the wildcard {node.text + ('*' if isinstance(node, wq.Prefix) else '')!r} is too broad",
                "give at least two letters before * or ?",
            )
    return parsed


def _letters_before_wildcard(text: str) -> int:
    """How many characters of a Wildcard's text (or all of a Prefix's) come before its first *, or
    before a leading ?: a ? after a letter (`a?`, a question typed as a query) reads few words."""
    star = text.find("*")
    return star if star >= 0 else (0 if text.startswith("?") else len(text))


# What Whoosh's date field says about a value it cannot read ("[201" from a range left open).
_DATE_PROBLEM = re.compile(r"invalid literal for int\(\)|is not a parseable date")


def _query_error(text: str, problem: object) -> QueryError:
    if "date:" in text.lower() and _DATE_PROBLEM.search(str(problem)):
        return QueryError(
            f"cannot read the date in the query {text!r}",
            "write date:2010, date:2010-06 or a range such as date:[2010 to 2011]",
        )
    return QueryError(f"cannot understand the query {text!r}: {problem}", "try --literal")


# A word -> the (stem, stem) pairs its parts would be indexed as when written with a hyphen.
PartsOf = Callable[[str], list[tuple[str, str]]]


_FIELD_BOOSTS = {"title": 2.0, "body": 1.0, "captions": 0.5}
# Anything that makes a query more than plain words in Whoosh's language.
_QUERY_SYNTAX = re.compile(r"""["'*?:()\[\]{}^~+\-\\/]|\b(?:AND|OR|NOT|ANDNOT|ANDMAYBE|TO)\b""")


def has_query_syntax(text: str) -> bool:
    """Whether text is more than plain words in Whoosh's query language."""
    return _QUERY_SYNTAX.search(text) is not None


def parse_query(
    text: str, fields: list[str], schema: Any, literal: bool = False, parts_of: PartsOf | None = None
) -> wq.Query:
    """Parse a query in Whoosh's language (AND/OR/NOT, "phrases", wildcards, field:value), or as words.

    Plain words skip the parser (and its import): they mean the same AND of words either way.
    """
    if literal or not has_query_syntax(text):
        return literal_query(text, fields, parts_of)
    from whoosh.qparser import MultifieldParser

    parser = MultifieldParser(
        fields, schema=schema, fieldboosts={f: _FIELD_BOOSTS.get(f, 1.0) for f in fields}
    )
    try:
        parsed = parser.parse(_FIELD_NAME.sub(lambda m: _field_in_lower_case(m, schema), text))
    except Exception as error:  # the parser raises assorted errors on odd input
        raise _query_error(text, error) from error
    if parsed is wq.NullQuery:
        raise QueryError(f"the query {text!r} has no words to search for")
    return check_parsed(parsed, text)


# A field name before its colon (`Title:cocoa`), which the schema spells in lower case.
_FIELD_NAME = re.compile(r"(?<![\w\"])([A-Za-z_]+)(?=:)")


def _field_in_lower_case(match: re.Match[str], schema: Any) -> str:
    name = match.group(1)
    return name.lower() if name.lower() in schema.names() else name


def literal_query(text: str, fields: list[str], parts_of: PartsOf | None = None) -> wq.Query:
    """Every word of text must appear (in any of the fields, each weighted as in a parsed query).

    With parts_of, a word may also appear as its parts side by side ("cooperation" as "co-operation").
    """
    alternatives: dict[str, list[tuple[str, str]]] = {}
    for word in _WORD.findall(text):
        for token in TEXT_ANALYZER(word):
            pairs = alternatives.setdefault(token.text, [])
            pairs.extend(pair for pair in (parts_of(word) if parts_of else []) if pair not in pairs)
    if not alternatives:
        raise QueryError(f"the query {text!r} has no words to search for")
    return wq.And(
        [
            wq.Or(
                [wq.Term(field, stem, boost=_FIELD_BOOSTS.get(field, 1.0)) for field in fields]
                + [
                    wq.Phrase(field, list(pair), boost=_FIELD_BOOSTS.get(field, 1.0))
                    for pair in pairs
                    for field in fields
                    if field == "body"
                ]
            )
            for stem, pairs in alternatives.items()
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
