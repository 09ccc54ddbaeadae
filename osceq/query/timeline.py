"""The timeline: dated events in chronological order, one event per thing reported, and counts per period."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator
from datetime import date
from typing import Any

from whoosh import query as wq

from osceq.errors import QueryError
from osceq.index import KIND_ARTICLE, KIND_EVENT
from osceq.query import Filters, Results
from osceq.query.common import Columns, coarse_filter, conjunction, matching_docnums, record, stems
from osceq.query.quotes import content_stems
from osceq.query.speakers import resolve_speakers

# Mentions of the same date are one event when their sentences share this much weighted content.
_SAME_EVENT_OVERLAP = 0.3
_ALL_PAIRS_LIMIT = 300  # a run of mentions of one date up to this size is compared pair by pair
PERIODS = ("year", "month", "day")


class _EventMatcher:
    """The events a timeline shows: kind, dates and speakers in the index; QUERY words in Python.

    Events have no analysed text in the index (see index.build_schema), so QUERY finds the articles
    containing all its words, and an event is kept when its own sentence contains them all too.
    """

    def __init__(self, ix: Any, searcher: Any, text: str | None, filters: Filters) -> None:
        names = resolve_speakers(ix, filters.speakers) if filters.speakers else None
        self.query = conjunction([wq.Term("kind", KIND_EVENT), *coarse_filter(filters, names)])
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
            self.docs = {columns.doc(docnum) for docnum in searcher.docs_for_query(in_articles)}

    def docnums(self, searcher: Any, columns: Columns) -> list[int]:
        """Candidate events (their sentences still to be checked with `keeps`)."""
        found = [docnum for _, docnum in matching_docnums(searcher, self.query, self.filters)]
        if self.docs is not None:
            found = [docnum for docnum in found if columns.doc(docnum) in self.docs]
        return found

    def keeps(self, item: dict[str, Any]) -> bool:
        """Whether an event's sentence has every word of the query."""
        return not self.words or self.words <= set(stems(item["sentence"]["text"]))


def timeline(
    ix: Any, text: str | None, filters: Filters, *, merge: bool = True, limit: int | None = 20
) -> Results:
    """Dated events in order; mentions of one event by several articles merged unless merge=False."""
    with ix.searcher() as searcher:
        columns = Columns(searcher)
        matcher = _EventMatcher(ix, searcher, text, filters)
        matches = matcher.docnums(searcher, columns)
        matches.sort(key=columns.chronological)
        reader = searcher.reader()
        weigh = _Weights(reader)
        events: list[dict[str, Any]] = []
        complete = True
        runs = _runs(matches, columns)
        for run in runs:
            items = [item for item in (record(searcher, docnum) for docnum in run) if matcher.keeps(item)]
            events.extend(_merge_run(items, weigh) if merge else [_alone(i) for i in items])
            if limit and len(events) >= limit:
                complete = next(runs, None) is None
                break
    shown = events if not limit else events[:limit]
    notes = []
    if not complete or (limit and len(events) > limit):
        notes.append(f"{len(shown)} events shown of {len(matches)} dated mentions; use -n 0 for all")
        return Results(shown, len(matches), notes)
    return Results(shown, len(events), notes)


def _runs(docnums: list[int], columns: Columns) -> Iterator[list[int]]:
    """Consecutive mentions covering the same interval (same normalised date)."""
    run: list[int] = []
    key = None
    for docnum in docnums:
        interval = columns.interval(docnum)
        if run and interval != key:
            yield run
            run = []
        key = interval
        run.append(docnum)
    if run:
        yield run


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
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in _candidate_pairs(stems, weigh):
        if items[i]["doc"] != items[j]["doc"] and _overlap(stems[i], stems[j], weigh) >= _SAME_EVENT_OVERLAP:
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


def _candidate_pairs(stems: list[set[str]], weigh: _Weights) -> list[tuple[int, int]]:
    """Every pair of a small run; in a big run, pairs sharing one of their rarest words (not n² pairs)."""
    if len(stems) <= _ALL_PAIRS_LIMIT:
        return [(i, j) for i in range(len(stems)) for j in range(i + 1, len(stems))]
    by_stem: dict[str, list[int]] = {}
    for index, words in enumerate(stems):
        for stem in sorted(words, key=lambda s: (-weigh(s), s))[:8]:
            by_stem.setdefault(stem, []).append(index)
    pairs = set()
    for members in by_stem.values():
        for position, i in enumerate(members):
            for j in members[position + 1 :]:
                pairs.add((i, j))
    return sorted(pairs)


def _overlap(a: set[str], b: set[str], weigh: _Weights) -> float:
    if not a or not b:
        return 0.0
    shared = sum(weigh(s) for s in a & b)
    return shared / min(sum(weigh(s) for s in a), sum(weigh(s) for s in b))


def _period_of(first: date, last: date, by: str) -> str | None:
    """The period label an interval falls in entirely, or None when it is coarser than the period."""
    if by == "year":
        return f"{first.year:04d}" if first.year == last.year else None
    if by == "month":
        return (
            f"{first.year:04d}-{first.month:02d}"
            if (first.year, first.month) == (last.year, last.month)
            else None
        )
    return first.isoformat() if first == last else None


def timeline_counts(ix: Any, text: str | None, filters: Filters, by: str) -> Results:
    """How many dated mentions fall in each year, month or day (coarser mentions are counted apart)."""
    with ix.searcher() as searcher:
        columns = Columns(searcher)
        matcher = _EventMatcher(ix, searcher, text, filters)
        counts: Counter[str] = Counter()
        coarser = 0
        for docnum in matcher.docnums(searcher, columns):
            if matcher.words and not matcher.keeps(record(searcher, docnum)):
                continue
            first, last = columns.interval(docnum)
            label = _period_of(first, last, by) if first and last else None
            if label is None:
                coarser += 1
            else:
                counts[label] += 1
    records = [{"period": label, "count": counts[label]} for label in sorted(counts)]
    notes = [f"{coarser} mentions less precise than a {by} are not counted"] if coarser else []
    return Results(records, len(records), notes)
