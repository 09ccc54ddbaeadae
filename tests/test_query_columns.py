"""Date filters and timeline walks read the columns: the same documents as the index's own terms.

A small index of random records in three segments is built once; each test compares what the
query layer computes from the columns with a plain reading of each record's stored interval and of
the `starts`, `periods` and `kind` terms.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh import query as wq
from whoosh.filedb.filestore import FileStorage

from osceq.index import KIND_ARTICLE, KIND_EVENT, KIND_QUOTE, YEARS_SPAN_LIMIT, build_schema
from osceq.query import Filters
from osceq.query.columns import Columns
from osceq.query.common import filtered_docnums, matching_docnums, scored_matches
from osceq.query.terms import doc_frequencies
from osceq.query.timeline import _period_frequencies, _start_groups
from osceq.rows import _interval, _periods

FIRST_DAY = date(1940, 1, 1)


def _random_interval(rng: random.Random) -> tuple[date | None, date | None]:
    roll = rng.random()
    if roll < 0.1:
        return None, None
    first = FIRST_DAY + timedelta(days=rng.randrange(0, 80 * 365))
    if roll < 0.5:
        return first, first
    if roll < 0.9:
        return first, first + timedelta(days=rng.randrange(1, 800))
    return first, first + timedelta(days=rng.randrange(30 * 365, 60 * 365))  # some over 30 years


def _row(rng: random.Random, number: int) -> dict[str, Any]:
    kind = rng.choice([KIND_ARTICLE, KIND_QUOTE, KIND_EVENT, KIND_EVENT])
    first, last = _random_interval(rng)
    row: dict[str, Any] = {
        "kind": kind,
        "doc": f"d{number % 40:03d}",
        "position": rng.randrange(0, 5000),
        "body": rng.choice(["harbour deal", "river floods", "harbour floods"]),
        "record": {"n": number, "first": first, "last": last},
        **_interval(first, last),
    }
    if kind == KIND_EVENT and first and last:
        row["starts"] = f"{first.toordinal():07d}"
        if _periods(first, last):
            row["periods"] = _periods(first, last)
    return {key: value for key, value in row.items() if value not in (None, "")}


@pytest.fixture(scope="module")
def searcher(tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder = Path(tmp_path_factory.mktemp("columns-index"))
    ix = FileStorage(str(folder)).create_index(build_schema())
    rng = random.Random(7)
    number = 0
    for size in (120, 90, 150):  # three segments
        writer = ix.writer()
        for _ in range(size):
            writer.add_document(**_row(rng, number))
            number += 1
        writer.commit(merge=False)
    writer = ix.writer()
    for docnum in range(0, number, 7):  # deleted documents stay in their segments until a merge
        writer.delete_document(docnum)
    writer.commit(merge=False)
    assert len(ix._segments()) == 3 and ix.reader().has_deletions()
    with ix.searcher() as opened:
        yield opened


def _stored(searcher: Any, docnum: int) -> dict[str, Any]:
    return dict(searcher.stored_fields(docnum))


def _overlapping(searcher: Any, docnum: int, filters: Filters) -> bool:
    """Whether the interval stored in the document's record overlaps the filters' interval."""
    record = _stored(searcher, docnum)["record"]
    first, last = record["first"], record["last"]
    if first is None or last is None:
        return False
    return not ((filters.since and last < filters.since) or (filters.until and first > filters.until))


def _counted_years(first: date, last: date) -> list[int]:
    """The years a date filter counts in an interval: all it touches, or the two ends of a long one."""
    if last.year - first.year > YEARS_SPAN_LIMIT:
        return [first.year, last.year]
    return list(range(first.year, last.year + 1))


dates = st.dates(min_value=date(1935, 1, 1), max_value=date(2025, 12, 31))


@st.composite
def filters(draw: Any) -> Filters:
    since, until = draw(st.one_of(st.none(), dates)), draw(st.one_of(st.none(), dates))
    if since is None and until is None:
        since = draw(dates)
    if since and until and since > until:
        since, until = until, since
    return Filters(since, until)


def test_columns_read_in_bulk_match_the_stored_and_indexed_values(searcher: Any) -> None:
    columns = Columns(searcher)
    reader = searcher.reader()
    kinds = {
        docnum: kind
        for kind in (KIND_ARTICLE, KIND_QUOTE, KIND_EVENT)
        for docnum in searcher.docs_for_query(wq.Term("kind", kind))
    }
    day = reader.column_reader("day")
    for docnum in reader.all_doc_ids():
        assert columns.kind(docnum) == kinds[docnum] == _stored(searcher, docnum)["kind"]
        assert columns.days(docnum)[0] == day[docnum]
        assert columns.position(docnum) == reader.column_reader("position")[docnum]


@settings(max_examples=60, deadline=None)
@given(filters())
def test_date_filters_keep_the_documents_whose_interval_overlaps(searcher: Any, chosen: Filters) -> None:
    columns = Columns(searcher)
    overlapping = {d for d in searcher.reader().all_doc_ids() if _overlapping(searcher, d, chosen)}
    assert set(filtered_docnums(searcher, wq.Every(), chosen)) == overlapping
    for docnum in searcher.reader().all_doc_ids():
        record = _stored(searcher, docnum)["record"]
        low = chosen.since.year if chosen.since else 0
        high = chosen.until.year if chosen.until else 9999
        in_range = [] if docnum not in overlapping else _counted_years(record["first"], record["last"])
        expected = len([year for year in in_range if low <= year <= high])
        assert columns.year_weight(docnum, chosen) == expected


@settings(max_examples=30, deadline=None)
@given(filters())
def test_a_date_filter_adds_its_year_terms_to_a_search_score(searcher: Any, chosen: Filters) -> None:
    query = wq.And([wq.Term("kind", KIND_ARTICLE), wq.Term("body", "harbour")])
    plain = dict((docnum, score) for score, docnum in matching_docnums(searcher, query, Filters()))
    columns = Columns(searcher)
    found = matching_docnums(searcher, query, chosen)
    assert {docnum for _, docnum in found} == {d for d in plain if _overlapping(searcher, d, chosen)}
    for score, docnum in found:
        assert score == pytest.approx(plain[docnum] + columns.year_weight(docnum, chosen))


@settings(max_examples=60, deadline=None)
@given(filters())
def test_timeline_walk_from_since_finds_the_overlapping_events_in_order(
    searcher: Any, chosen: Filters
) -> None:
    reader = searcher.reader()
    columns = Columns(searcher)
    walked = [d for group in _start_groups(reader, columns, chosen) for d in group]
    firsts = [columns.days(d)[0] for d in walked if columns.within(d, chosen)]
    assert firsts == sorted(firsts)
    starts = {d for term in reader.lexicon("starts") for d in reader.postings("starts", term).all_ids()}
    expected = {d for d in starts if _overlapping(searcher, d, chosen)}
    assert {d for d in walked if columns.within(d, chosen)} == expected


@pytest.mark.parametrize("prefix", ["y", "m", "d"])
def test_period_counts_are_the_document_frequencies_of_each_period(searcher: Any, prefix: str) -> None:
    reader = searcher.reader()
    expected = {}
    for term in reader.expand_prefix("periods", prefix):
        expected[term.decode("ascii")[1:]] = reader.doc_frequency("periods", term)
    assert _period_frequencies(reader, prefix) == expected


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 359)), max_size=120))
def test_sorting_reads_documents_only_for_ties_but_sorts_as_the_full_key(
    searcher: Any, items: list[tuple[int, int]]
) -> None:
    columns = Columns(searcher)
    expected = sorted(items, key=lambda item: (-item[0], *columns.chronological(item[1])))
    columns.sort(items, lambda item: (-item[0],), lambda item: item[1])
    assert items == expected


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 359)), max_size=120), st.integers(1, 30))
def test_sorting_only_the_first_items_puts_them_as_a_full_sort_would(
    searcher: Any, items: list[tuple[int, int]], first: int
) -> None:
    columns = Columns(searcher)
    expected = sorted(items, key=lambda item: (-item[0], *columns.chronological(item[1])))
    columns.sort(items, lambda item: (-item[0],), lambda item: item[1], first=first)
    assert items[:first] == expected[:first]
    assert sorted(items) == sorted(expected)


@pytest.mark.parametrize(
    "words", [["harbour"], ["flood"], ["harbour", "flood"], ["river", "deal"], ["nowhere"]]
)
@pytest.mark.parametrize("combine", [wq.Or, wq.And])
def test_scored_matches_are_whoosh_own_scores(searcher: Any, words: list[str], combine: Any) -> None:
    query = combine([wq.Or([wq.Term("body", word), wq.Term("kind", "event")]) for word in words])
    expected = sorted((docnum, score) for score, docnum in searcher.search(query, limit=None).top_n)
    got = [(docnum, score) for score, docnum in scored_matches(searcher, query)]
    assert got == expected
    assert expected  # the comparison is not between two empty lists


@settings(max_examples=30, deadline=None)
@given(st.lists(st.text(alphabet="abdefhlor", min_size=1, max_size=8), max_size=20))
def test_document_frequencies_match_whoosh_own_lookup(searcher: Any, extra: list[str]) -> None:
    reader = searcher.reader()
    words = [term.decode("utf-8") for term in reader.lexicon("body")] + extra
    assert doc_frequencies(reader, "body", words) == {w: reader.doc_frequency("body", w) for w in words}
    kinds = [KIND_ARTICLE, KIND_QUOTE, KIND_EVENT, "none"]
    assert doc_frequencies(reader, "kind", kinds) == {k: reader.doc_frequency("kind", k) for k in kinds}


def test_segment_columns_join_into_one_sequence_padded_where_short() -> None:
    from array import array

    from osceq.query.columns import _joined

    joined = _joined([(array("i", [5, 6]), 3), (array("i", [7]), 1), ((), 2)], 0)
    assert isinstance(joined, array) and list(joined) == [5, 6, 0, 7, 0, 0]
    mixed = _joined([(array("i", [1]), 1), ([2, 3, 4], 2)], 0)  # longer than its segment: cut
    assert list(mixed) == [1, 2, 3]


def test_kinds_read_value_by_value_when_the_column_is_laid_out_otherwise() -> None:
    from osceq.query.columns import _kind_refs

    class Leaf:
        def has_column(self, name: str) -> bool:
            return name == "kind"

        def column_reader(self, name: str, translate: bool) -> list[bytes]:
            return [b"quote", b"event", b"quote", b""]

    codes, names = _kind_refs(Leaf())
    assert [names[code] for code in codes] == ["quote", "event", "quote", ""]
