"""Properties of the date engine on random and adversarial text: it never raises, offsets hold."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from osceq.extract import layout
from osceq.extract.dates import article_date, extract_timexes
from osceq.extract.timex_calendar import parse_value
from osceq.models import ArticleDate, TimeExpression

# Pieces that make the rules fire, glued at random: the text is nonsense but full of near-dates.
PIECES = [
    "June",
    "May",
    "March",
    "Dec.",
    "Sept",
    "10",
    "31",
    "32",
    "0",
    "1987",
    "9999",
    "0001",
    "2099",
    "89",
    "-",
    "–",
    "/",
    ",",
    ".",
    " ",
    "\n",
    "\n\n",
    "the",
    "last",
    "next",
    "this",
    "year",
    "years",
    "week",
    "weekend",
    "month",
    "quarter",
    "qtr",
    "first",
    "4th",
    "half",
    "ago",
    "earlier",
    "later",
    "a",
    "two",
    "several",
    "1990s",
    "'90s",
    "20th",
    "century",
    "fiscal",
    "Monday",
    "Friday's",
    "morning",
    "tonight",
    "yesterday",
    "today",
    "now",
    "the past",
    "future",
    "at present",
    "daily",
    "every",
    "twice",
    "per",
    "p.m.",
    "10:30",
    "0840 GMT",
    "noon",
    "6/10/2025",
    "2025-06-10",
    "Q3",
    "H2",
    "summer",
    "fall",
    "said",
    "will",
    "was",
    "from",
    "to",
    "between",
    "and",
    "year-ago",
    "year-end",
    "Date: 2025-06-10",
    "ASTANA, June 10 - ",
    "pct",
    "dlrs",
    "Section",
    "4-1/2",
    "half an hour",
    "İ",
    "ß",
    "\u0130",
    "’s",
    "'",
    '"',
]
ANCHORS = st.one_of(
    st.none(),
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)).map(
        lambda d: ArticleDate(d.isoformat(), d, d, "test")
    ),
    st.integers(min_value=1, max_value=9999).map(
        lambda y: ArticleDate(f"{y:04d}", date(y, 1, 1), date(y, 12, 31), "test")
    ),
)
PIECEWISE = st.lists(st.sampled_from(PIECES), max_size=60).map(" ".join)


def check(text: str, found: list[TimeExpression]) -> None:
    previous_end = -1
    for timex in found:
        assert 0 <= timex.start < timex.end <= len(text)
        assert text[timex.start : timex.end] == timex.text
        assert timex.start >= previous_end, "expressions overlap or are out of order"
        previous_end = timex.end
        assert timex.type in ("DATE", "TIME", "DURATION", "SET")
        if timex.first_day is not None:
            assert timex.last_day is not None and timex.first_day <= timex.last_day
        if timex.type == "DATE" and timex.first_day is not None:
            period = parse_value(timex.value)
            assert period is not None and (period.first, period.last) == (timex.first_day, timex.last_day)
        if timex.type in ("DURATION", "SET"):
            assert timex.first_day is None


@settings(max_examples=300, deadline=None)
@given(PIECEWISE, ANCHORS)
def test_never_raises_and_offsets_hold_on_near_dates(text: str, anchor: ArticleDate | None) -> None:
    check(text, extract_timexes(text, anchor))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), ANCHORS)
def test_never_raises_on_any_text(text: str, anchor: ArticleDate | None) -> None:
    check(text, extract_timexes(text, anchor))


@settings(max_examples=200, deadline=None)
@given(PIECEWISE, st.one_of(st.none(), st.text(max_size=40), st.sampled_from(PIECES)))
def test_article_date_never_raises(text: str, given_date: str | None) -> None:
    metadata = layout.read_metadata(text)
    blocks = layout.segment(text, metadata)
    found = article_date(text, blocks, metadata.fields, given_date)
    if found is not None:
        assert found.first_day <= found.last_day
        if found.inferred:
            assert len(found.value) in (4, 10)  # a year, or a dateline's day with an inferred year


def test_blocks_that_do_not_fit_the_text_are_harmless() -> None:
    from osceq.models import Block

    text = "On June 10 the OSCE met."
    blocks = [Block(-5, 3, "body"), Block(3, 500, "body"), Block(10, 2, "body")]
    check(text, extract_timexes(text, None, blocks))


def test_a_half_megabyte_line_is_tagged_in_full() -> None:
    # Its speed is measured by bench/extract_speed.py, not asserted here.
    line = "In 1987 and 1988 the price fell 2 pct from a year earlier on June 10 " * 8000
    found = extract_timexes(line, ArticleDate("1987-03-01", date(1987, 3, 1), date(1987, 3, 1), "test"))
    assert len(found) == 4 * 8000
