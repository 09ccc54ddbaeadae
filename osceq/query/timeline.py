"""The timeline: dated events in chronological order, one event per thing reported, and counts per period."""

from __future__ import annotations

import calendar
import math
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from whoosh import query as wq

from osceq.errors import QueryError
from osceq.index import KIND_ARTICLE, KIND_EVENT, start_term
from osceq.query import Filters, Results
from osceq.query.common import Columns, any_of, coarse_filter, conjunction, record, stems
from osceq.query.quotes import content_stems
from osceq.query.speakers import resolve_speakers

# Mentions of the same date are one event when their sentences share this much weighted content.
_SAME_EVENT_OVERLAP = 0.3
_ALL_PAIRS_LIMIT = 300  # a run of mentions of one date up to this size is compared pair by pair


_DOC_TERMS_LIMIT = 1024  # up to this many matching articles, QUERY becomes an OR of doc terms


class _EventMatcher:
    """The events a timeline shows: kind, dates and speakers in the index; QUERY words in Python.

    Events have no analysed text in the index (see index.build_schema), so QUERY finds the articles
    containing all its words, and an event is kept when its own sentence contains them all too.
    """

    def __init__(self, ix: Any, searcher: Any, text: str | None, filters: Filters) -> None:
        names = resolve_speakers(ix, filters.speakers) if filters.speakers else None
        parts = [wq.Term("kind", KIND_EVENT), *coarse_filter(filters, names)]
        self.filters = filters
        self.words: set[str] = set()
        self.docs: set[str] | None = None
        if text:
            self.words = set(stems(text))
            if not self.words:
                raise QueryError(f"the query {text!r} has no words to look for")
            in_articles = conjunction(
                [wq.Term("kind", KIND_ARTICLE), *(wq.Term("body", w) for w in self.words)]
            )
            columns = Columns(searcher)
            docs = {columns.doc(docnum) for docnum in searcher.docs_for_query(in_articles)}
            if len(docs) <= _DOC_TERMS_LIMIT:
                parts.append(any_of("doc", docs) or wq.NullQuery)
            else:
                self.docs = docs
        # None: every event (only events have `starts` and `periods` terms, so nothing to intersect).
        self.allowed: set[int] | None = None
        if len(parts) > 1:
            self.allowed = set(searcher.docs_for_query(conjunction(parts)))
        # Exact overlap with --since/--until: ends on or after since, starts on or before until.
        reader = searcher.reader()
        if filters.since:
            self._narrow(_ids_in_terms(reader, "ends", low=start_term(filters.since)))
        if filters.until:
            self._narrow(_ids_in_terms(reader, "starts", high=start_term(filters.until)))

    def _narrow(self, ids: set[int]) -> None:
        self.allowed = ids if self.allowed is None else self.allowed & ids

    def allows(self, docnums: Iterable[int]) -> list[int]:
        """The given events that pass the index-side filters."""
        allowed = self.allowed
        return list(docnums) if allowed is None else [d for d in docnums if d in allowed]

    def accepts(self, docnum: int, columns: Columns) -> bool:
        """Whether an allowed event belongs to one of the QUERY's articles (dates are checked already)."""
        return self.docs is None or columns.doc(docnum) in self.docs

    def keeps(self, item: dict[str, Any]) -> bool:
        """Whether an event's sentence has every word of the query."""
        return not self.words or self.words <= set(stems(item["sentence"]["text"]))


def _ids_in_terms(reader: Any, field: str, low: str | None = None, high: str | None = None) -> set[int]:
    """Documents with a term of `field` between low and high (inclusive), read term by term.

    Much faster than a Whoosh range query over thousands of terms, which builds a matcher per term.
    """
    found: set[int] = set()
    terms = reader.terms_from(field, low) if low is not None else ((field, t) for t in reader.lexicon(field))
    for name, term in terms:
        text = term.decode("ascii") if isinstance(term, bytes) else str(term)
        if name != field or (high is not None and text > high):
            break
        found.update(reader.postings(field, term).all_ids())
    return found


def _runs(searcher: Any, matcher: _EventMatcher, columns: Columns) -> Iterator[list[int]]:
    """The matching events in date order, as runs of mentions covering the same interval.

    Walks the `starts` terms, which are sorted by first day, so the earliest events come first
    without reading the dates of every event in the corpus.
    """
    if matcher.allowed is not None and not matcher.allowed:
        return
    reader = searcher.reader()
    until = start_term(matcher.filters.until) if matcher.filters.until else None
    for term in reader.lexicon("starts"):
        if until is not None and term.decode("ascii") > until:
            break
        ids = matcher.allows(reader.postings("starts", term).all_ids())
        if matcher.docs is not None:
            ids = [d for d in ids if matcher.accepts(d, columns)]
        ids.sort(key=columns.chronological)
        run: list[int] = []
        for docnum in ids:
            if run and columns.interval(docnum) != columns.interval(run[0]):
                yield run
                run = []
            run.append(docnum)
        if run:
            yield run


def timeline(
    ix: Any, text: str | None, filters: Filters, *, merge: bool = True, limit: int | None = 20
) -> Results:
    """Dated events in order; mentions of one event by several articles merged unless merge=False."""
    with ix.searcher() as searcher:
        columns = Columns(searcher)
        matcher = _EventMatcher(ix, searcher, text, filters)
        weigh = _Weights(searcher.reader())
        events: list[dict[str, Any]] = []
        runs = _runs(searcher, matcher, columns)
        more = False
        for run in runs:
            items = [item for item in (record(searcher, docnum) for docnum in run) if matcher.keeps(item)]
            events.extend(_merge_run(items, weigh) if merge else [_alone(i) for i in items])
            if limit and len(events) >= limit:
                more = len(events) > limit or next(runs, None) is not None
                break
    shown = events if not limit else events[:limit]
    if more:
        # Counting every event would mean reading every date: say there are more instead.
        return Results(shown, len(shown), [f"first {len(shown)} events shown; use -n 0 for all"])
    return Results(shown, len(shown))


class _Weights:
    """Inverse document frequencies of stems, so shared rare words count more than common ones."""

    def __init__(self, reader: Any) -> None:
        self._reader = reader
        self._total = max(1, reader.doc_count())
        self._cache: dict[str, float] = {}

    def __call__(self, stem: str) -> float:
        if stem not in self._cache:
            frequency = self._reader.doc_frequency("body", stem)
            self._cache[stem] = math.log(1 + self._total / (1 + frequency))
        return self._cache[stem]


def _source(item: dict[str, Any]) -> dict[str, Any]:
    keys = ("doc", "path", "title", "date", "expression", "sentence", "speaker")
    return {key: item.get(key) for key in keys}


def _alone(item: dict[str, Any]) -> dict[str, Any]:
    item["sources"] = [_source(item)]
    return item


def _merge_run(items: list[dict[str, Any]], weigh: _Weights) -> list[dict[str, Any]]:
    """Cluster mentions of one date whose sentences tell the same thing (single link, other articles)."""
    stems = [set(content_stems(item["sentence"]["text"])) for item in items]
    totals = [sum(weigh(s) for s in words) for words in stems]
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in _candidate_pairs(stems, weigh):
        if items[i]["doc"] == items[j]["doc"] or not totals[i] or not totals[j]:
            continue
        shared = sum(weigh(s) for s in stems[i] & stems[j])
        if shared / min(totals[i], totals[j]) >= _SAME_EVENT_OVERLAP:
            parent[find(j)] = find(i)
    clusters: dict[int, list[int]] = {}
    for i in range(len(items)):
        clusters.setdefault(find(i), []).append(i)
    merged = []
    for members in clusters.values():
        lead = items[members[0]]
        lead["sources"] = [_source(items[m]) for m in members]
        merged.append(lead)
    return merged


def _candidate_pairs(stems: list[set[str]], weigh: _Weights) -> set[tuple[int, int]]:
    """Every pair of a small run; in a big run, only pairs sharing two of their four rarest words.

    Mentions of one event share distinctive words, so a big run (every "1987" of a year's news)
    needs no comparison of every pair, which would take minutes.
    """
    count = len(stems)
    if count <= _ALL_PAIRS_LIMIT:
        return {(i, j) for i in range(count) for j in range(i + 1, count)}
    by_key: dict[tuple[str, str], list[int]] = {}
    for index, words in enumerate(stems):
        rarest = sorted(sorted(words, key=lambda s: (-weigh(s), s))[:4])
        for position, first in enumerate(rarest):
            for second in rarest[position + 1 :]:
                by_key.setdefault((first, second), []).append(index)
    pairs: set[tuple[int, int]] = set()
    for members in by_key.values():
        for position, i in enumerate(members):
            pairs.update((i, j) for j in members[position + 1 :])
    return pairs


def _label_interval(label: str) -> tuple[date, date]:
    """The days a `periods` label covers ("1987", "1987-03", "1987-03-02")."""
    parts = [int(p) for p in label.split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if len(parts) == 2:
        return date(parts[0], parts[1], 1), date(
            parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1]
        )
    day = date(parts[0], parts[1], parts[2])
    return day, day


def timeline_counts(ix: Any, text: str | None, filters: Filters, by: str) -> Results:
    """How many dated mentions fall in each year, month or day (coarser mentions are counted apart).

    Reads the `periods` terms: a mention is counted under a period when it lies entirely within it.
    """
    prefix = {"year": "y", "month": "m", "day": "d"}[by]
    with ix.searcher() as searcher:
        columns = Columns(searcher)
        matcher = _EventMatcher(ix, searcher, text, filters)
        reader = searcher.reader()
        counts: dict[str, int] = {}
        for term in reader.expand_prefix("periods", prefix):
            label = (term.decode("ascii") if isinstance(term, bytes) else str(term))[1:]
            first, last = _label_interval(label)
            if (filters.since and last < filters.since) or (filters.until and first > filters.until):
                continue
            ids = matcher.allows(reader.postings("periods", term).all_ids())
            if matcher.docs is not None:
                ids = [d for d in ids if matcher.accepts(d, columns)]
            if matcher.words:
                ids = [d for d in ids if matcher.keeps(record(searcher, d))]
            if ids:
                counts[label] = len(ids)
        unfiltered = not (filters.since or filters.until or matcher.words or matcher.docs is not None)
        coarser = 0
        if unfiltered:
            events = matcher.allowed
            total = (
                len(events)
                if events is not None
                else sum(1 for _ in reader.postings("kind", KIND_EVENT).all_ids())
            )
            coarser = total - sum(counts.values())
    records = [{"period": label, "count": counts[label]} for label in sorted(counts)]
    notes = [f"{coarser} mentions less precise than a {by} are not counted"] if coarser else []
    return Results(records, len(records), notes)
