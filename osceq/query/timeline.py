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
from osceq.query.columns import Columns
from osceq.query.common import any_of, coarse_filter, conjunction, record, stems
from osceq.query.quotes import content_stems
from osceq.query.speakers import resolve_speakers
from osceq.query.terms import doc_frequencies

# Mentions of the same date are one event when their sentences share this much weighted content.
_SAME_EVENT_OVERLAP = 0.3
_ALL_PAIRS_LIMIT = 300  # a run of mentions of one date up to this size is compared pair by pair


_DOC_TERMS_LIMIT = 1024  # up to this many matching articles, QUERY becomes an OR of doc terms


class _EventMatcher:
    """The events a timeline shows: kind and speakers in the index, dates from the columns, QUERY
    words in Python.

    Events have no analysed text in the index (see index.build_schema), so QUERY finds the articles
    containing all its words, and an event is kept when its own sentence contains them all too.
    """

    def __init__(self, ix: Any, searcher: Any, text: str | None, filters: Filters, columns: Columns) -> None:
        names = resolve_speakers(ix, filters.speakers) if filters.speakers else None
        parts = [wq.Term("kind", KIND_EVENT), *coarse_filter(filters, names)]
        self.filters = filters
        self.columns = columns
        self.dated = bool(filters.since or filters.until)
        self.words: set[str] = set()
        self.docs: set[str] | None = None
        if text:
            self.words = set(stems(text))
            if not self.words:
                raise QueryError(f"the query {text!r} has no words to look for")
            in_articles = conjunction(
                [wq.Term("kind", KIND_ARTICLE), *(wq.Term("body", w) for w in self.words)]
            )
            docs = {columns.doc(docnum) for docnum in searcher.docs_for_query(in_articles)}
            if len(docs) <= _DOC_TERMS_LIMIT:
                parts.append(any_of("doc", docs) or wq.NullQuery)
            else:
                self.docs = docs
        # None: every event (only events have `starts` and `periods` terms, so nothing to intersect).
        self.allowed: set[int] | None = None
        if len(parts) > 1:
            self.allowed = set(searcher.docs_for_query(conjunction(parts)))

    def allows(self, docnums: Iterable[int]) -> list[int]:
        """The given events that pass the index-side filters and the dates."""
        allowed = self.allowed
        kept = list(docnums) if allowed is None else [d for d in docnums if d in allowed]
        if self.dated:
            kept = [d for d in kept if self.columns.within(d, self.filters)]
        return kept

    def accepts(self, docnum: int, columns: Columns) -> bool:
        """Whether an allowed event belongs to one of the QUERY's articles (dates are checked already)."""
        return self.docs is None or columns.doc(docnum) in self.docs

    def keeps(self, item: dict[str, Any]) -> bool:
        """Whether an event's sentence has every word of the query."""
        return not self.words or self.words <= set(stems(item["sentence"]["text"]))


def _terms_from(reader: Any, field: str, low: str) -> Iterator[bytes]:
    """The terms of a field from `low` on, in order."""
    for name, term in reader.terms_from(field, low):
        if name != field:
            break
        yield term if isinstance(term, bytes) else str(term).encode("ascii")


def _start_groups(reader: Any, columns: Columns, filters: Filters) -> Iterator[list[int]]:
    """Events grouped by first day, in order: those of each `starts` term up to --until.

    With --since the walk begins at its first day; the events that start earlier but end on or
    after it come first, found in the columns (walking every earlier term would read them all).
    """
    until = start_term(filters.until) if filters.until else None
    if filters.since:
        yield from _by_first_day(columns, columns.spanning(filters.since.toordinal(), KIND_EVENT))
        terms: Iterable[bytes] = _terms_from(reader, "starts", start_term(filters.since))
    else:
        terms = reader.lexicon("starts")
    for term in terms:
        if until is not None and term.decode("ascii") > until:
            break
        yield list(reader.postings("starts", term).all_ids())


def _by_first_day(columns: Columns, docnums: list[int]) -> list[list[int]]:
    groups: dict[int, list[int]] = {}
    for docnum in docnums:
        groups.setdefault(columns.days(docnum)[0], []).append(docnum)
    return [groups[first] for first in sorted(groups)]


def _runs(searcher: Any, matcher: _EventMatcher, columns: Columns) -> Iterator[list[int]]:
    """The matching events in date order, as runs of mentions covering the same interval.

    Walks the `starts` terms, which are sorted by first day, so the earliest events come first
    without reading the dates of every event in the corpus.
    """
    if matcher.allowed is not None and not matcher.allowed:
        return
    for group in _start_groups(searcher.reader(), columns, matcher.filters):
        ids = matcher.allows(group)
        if matcher.docs is not None:
            ids = [d for d in ids if matcher.accepts(d, columns)]
        columns.sort(ids, lambda docnum: (), lambda docnum: docnum)
        run: list[int] = []
        for docnum in ids:
            if run and columns.days(docnum) != columns.days(run[0]):
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
        matcher = _EventMatcher(ix, searcher, text, filters, columns)
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

    def prefetch(self, stems: Iterable[str]) -> None:
        """Look up the stems not yet known, all at once (see doc_frequencies)."""
        missing = [stem for stem in stems if stem not in self._cache]
        for stem, frequency in doc_frequencies(self._reader, "body", missing).items():
            self._cache[stem] = math.log(1 + self._total / (1 + frequency))

    def __call__(self, stem: str) -> float:
        if stem not in self._cache:
            self.prefetch([stem])
        return self._cache[stem]


def _source(item: dict[str, Any]) -> dict[str, Any]:
    keys = ("doc", "path", "title", "date", "expression", "sentence", "speaker")
    return {key: item.get(key) for key in keys}


def _alone(item: dict[str, Any]) -> dict[str, Any]:
    item["sources"] = [_source(item)]
    return item


def _merge_run(items: list[dict[str, Any]], weigh: _Weights) -> list[dict[str, Any]]:
    """Cluster mentions of one date whose sentences tell the same thing (single link, other articles)."""
    if len({item["doc"] for item in items}) < 2:
        return [_alone(item) for item in items]  # mentions by one article are never merged
    stems = [set(content_stems(item["sentence"]["text"])) for item in items]
    weigh.prefetch({stem for words in stems for stem in words})
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


def _period_frequencies(reader: Any, prefix: str) -> dict[str, int]:
    """How many documents have each `periods` term of a prefix, from the term lists of each segment."""
    counts: dict[str, int] = {}
    for leaf, _ in reader.leaf_readers():
        for term, info in leaf.iter_prefix("periods", prefix):
            label = (term.decode("ascii") if isinstance(term, bytes) else str(term))[1:]
            counts[label] = counts.get(label, 0) + info.doc_frequency()
    return {label: count for label, count in counts.items() if count}


def timeline_counts(ix: Any, text: str | None, filters: Filters, by: str) -> Results:
    """How many dated mentions fall in each year, month or day (coarser mentions are counted apart).

    Reads the `periods` terms: a mention is counted under a period when it lies entirely within it.
    """
    prefix = {"year": "y", "month": "m", "day": "d"}[by]
    with ix.searcher() as searcher:
        columns = Columns(searcher)
        matcher = _EventMatcher(ix, searcher, text, filters, columns)
        reader = searcher.reader()
        unfiltered = not (matcher.dated or matcher.words or matcher.docs is not None)
        if unfiltered and matcher.allowed is None and not reader.has_deletions():
            # Nothing to filter: a period's count is its term's document frequency.
            counts = _period_frequencies(reader, prefix)
        else:
            counts = {}
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
        coarser = 0
        if unfiltered:
            events = matcher.allowed
            if events is not None:
                total = len(events)
            elif not reader.has_deletions():
                total = reader.doc_frequency("kind", KIND_EVENT)
            else:
                total = sum(1 for _ in reader.postings("kind", KIND_EVENT).all_ids())
            coarser = total - sum(counts.values())
    records = [{"period": label, "count": counts[label]} for label in sorted(counts)]
    notes = [f"{coarser} mentions less precise than a {by} are not counted"] if coarser else []
    return Results(records, len(records), notes)
