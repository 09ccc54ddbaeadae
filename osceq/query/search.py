"""Ranked full-text search over articles (or inside quotes), with highlighted snippets."""

from __future__ import annotations

import re
from typing import Any

from whoosh import query as wq
from whoosh import scoring

from osceq.extract.text import trim
from osceq.index import KIND_ARTICLE, KIND_QUOTE
from osceq.query import Filters, Results
from osceq.query.columns import Columns
from osceq.query.common import (
    coarse_filter,
    conjunction,
    has_query_syntax,
    matching_docnums,
    matching_spans,
    parse_query,
)
from osceq.query.hyphens import joined_parts, with_hyphen_variants
from osceq.query.speakers import resolve_speakers

SNIPPET_WIDTH = 220
_SNIPPET_SCAN_LIMIT = 200_000  # characters of an article scanned for a snippet


def search(
    ix: Any,
    text: str,
    filters: Filters,
    *,
    literal: bool = False,
    in_quotes: bool = False,
    sort: str = "relevance",
    limit: int | None = 20,
) -> Results:
    """Articles (or quotes, with in_quotes) matching a query, best first or by date."""
    kind = KIND_QUOTE if in_quotes else KIND_ARTICLE
    fields = ["body"] if in_quotes else ["title", "body", "captions"]
    # BM25F: title and body scored as one document, the title weighted (field_boost in the schema).
    with ix.searcher(weighting=scoring.BM25F()) as searcher:
        reader = searcher.reader()

        def indexed(stem: str) -> bool:
            return bool(reader.doc_frequency("body", stem))

        # Both spellings of hyphenated words: "co-operation" and "cooperation" find each other.
        if not literal and has_query_syntax(text):
            text = with_hyphen_variants(text, indexed)
        parts_of = None if literal else lambda word: joined_parts(word, indexed)
        parsed = parse_query(text, fields, ix.schema, literal, parts_of)
        speaker_names = resolve_speakers(ix, filters.speakers) if filters.speakers else None
        # Every other query narrows by words; the kind is then cheaper to check from its column.
        narrowing = None if isinstance(parsed, wq.Every) else parsed
        query = conjunction([narrowing or wq.Term("kind", kind), *coarse_filter(filters, speaker_names)])
        columns = Columns(searcher)
        matches = matching_docnums(searcher, query, filters, columns, kind)
        if sort == "date":
            columns.sort(matches, lambda match: (), lambda match: match[1], first=limit or None)
        else:
            by_score = (lambda match: (-round(match[0], 6),), lambda match: match[1])
            columns.sort(matches, *by_score, first=limit or None)
        terms = _query_stems(parsed, searcher.reader())
        shown = matches if not limit else matches[:limit]
        records = []
        for score, docnum in shown:
            stored = searcher.stored_fields(docnum)
            item = dict(stored.get("record") or {})
            if in_quotes:
                item["snippet"] = snippet(item["text"], terms, offset=item["start"])
            else:
                article_text = stored.get("text") or ""
                item["snippet"] = snippet(article_text, terms, skip=item.get("captions", []))
                item.pop("captions", None)
            item["score"] = round(score, 4)
            records.append(item)
    return Results(records, len(matches))


def _query_stems(parsed: wq.Query, reader: Any) -> set[str]:
    """The index terms a query matches (wildcards expanded), as plain strings."""
    terms = set()
    # Leaf by leaf: Whoosh 2.7's existing_terms over a whole tree reuses its `fieldname` argument
    # as a loop variable, so after the first term it skips every leaf of another field, and a query
    # whose first leaf is a title term no title holds highlighted nothing.
    for leaf in parsed.leaves():
        if leaf.field() not in _SNIPPET_FIELDS:  # dates, speakers and `*` have no words to mark
            continue
        for field, value in leaf.existing_terms(reader, phrases=True, expand=True):
            if field in _SNIPPET_FIELDS:
                terms.add(value.decode("utf-8") if isinstance(value, bytes) else str(value))
    return terms


_SNIPPET_FIELDS = frozenset({"title", "body", "captions"})


def snippet(
    text: str, terms: set[str], *, offset: int = 0, skip: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    """The passage of text with the most distinct query words, and where each match is.

    Offsets are into the article's text: `offset` is where `text` starts in it.
    """
    scanned = text[:_SNIPPET_SCAN_LIMIT]
    spans = matching_spans(scanned, terms)
    if skip:  # prefer the body: matches inside captions only count when nothing else matched
        body_spans = [s for s in spans if not any(c["start"] <= s[1] < c["end"] for c in skip)]
        spans = body_spans or spans
    start, end = _best_window(scanned, spans)
    matches = [{"start": s + offset, "end": e + offset} for _, s, e in spans if start <= s and e <= end]
    return {"text": text[start:end], "start": start + offset, "end": end + offset, "matches": matches}


def _best_window(text: str, spans: list[tuple[str, int, int]]) -> tuple[int, int]:
    if not spans:
        return _trim_window(text, 0, min(len(text), SNIPPET_WIDTH))
    best = (0, 0, 0)  # (distinct terms, matches, -anchor index)
    best_anchor = 0
    for i, (_, anchor_start, _) in enumerate(spans):
        inside = [s for s in spans[i:] if s[2] - anchor_start <= SNIPPET_WIDTH - 40]
        key = (len({s[0] for s in inside}), len(inside), -i)
        if key > best:
            best, best_anchor = key, i
    anchor = spans[best_anchor][1]
    start = max(0, anchor - 40)
    sentence_start = max(text.rfind(". ", 0, anchor), text.rfind("\n", 0, anchor))
    if sentence_start != -1 and anchor - sentence_start <= 60:
        start = sentence_start + 1
    return _trim_window(text, start, min(len(text), start + SNIPPET_WIDTH))


def _trim_window(text: str, start: int, end: int) -> tuple[int, int]:
    """Move the window's ends to word boundaries and off surrounding whitespace."""
    if start > 0 and not text[start - 1].isspace():
        match = re.compile(r"\s").search(text, start, end)
        start = match.end() if match else start
    if end < len(text) and not text[end].isspace():
        cut = max(text.rfind(" ", start, end), text.rfind("\n", start, end))
        end = cut if cut > start else end
    return trim(text, start, end)
