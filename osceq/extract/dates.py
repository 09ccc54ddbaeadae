"""Temporal expressions (TimeML TIMEX3) and the article's own date, the anchor of relative dates.

`extract_timexes` finds every temporal expression outside the metadata lines and normalises it to a
TIMEX3 type and value; `article_date` finds the date the article was written. The rules live in
timex_absolute (dates that name their period) and timex_relative (dates that depend on the anchor or
on earlier dates); the word lists and the pattern in timex_lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date

from osceq.extract import layout
from osceq.extract import timex_absolute as absolute
from osceq.extract import timex_calendar as cal
from osceq.extract import timex_lexicon as lex
from osceq.extract import timex_named as named
from osceq.extract import timex_relative as relative
from osceq.extract import timex_spans as spans
from osceq.extract.timex_calendar import Period
from osceq.extract.timex_context import FUTURE, PAST, Context
from osceq.models import ArticleDate, Block, TimeExpression

Handler = Callable[[re.Match[str], Context], list[TimeExpression]]
_HANDLERS: dict[str, Handler] = {
    "iso": absolute.iso,
    "numeric": absolute.numeric,
    "mdy": absolute.month_day,
    "dmy": absolute.day_month,
    "myear": absolute.month_year,
    "quarter": absolute.quarter,
    "yrange": absolute.year_range,
    "decade": absolute.decade,
    "century": absolute.century,
    "edgeyear": absolute.edge_year,
    "fiscal": absolute.fiscal,
    "month": absolute.bare_month,
    "year": absolute.bare_year,
    "season": named.season,
    "clock": named.clock,
    "agoish": relative.ago,
    "yearago": relative.year_ago,
    "rel": relative.relative,
    "duration": spans.duration,
    "longunit": spans.long_unit,
    "bareplural": spans.bare_plural,
    "barerate": spans.rate,
    "frequency": spans.frequency,
    "recent": spans.recent,
    "weekday": relative.weekday,
    "deictic": relative.deictic,
    "vague": spans.vague,
    "anaphor": relative.anaphor,
    "yearend": relative.year_end,
    "holiday": named.holiday,
}
_REACH = 48  # how far before its trigger word an expression may begin ("no more than a half-hour")
_NUMERIC_OPENERS = frozenset("0123456789'")
_DATE_KEYS = (
    "date",
    "published",
    "pubdate",
    "publication_date",
    "date_published",
    "datetime",
    "created",
    "updated",
    "year",
)
_MONTH_WORD = "|".join(sorted(lex.MONTHS, key=len, reverse=True))
# Metadata date spellings, the most precise first: a full date wins over the year inside it.
_DATE_FORMATS = (
    re.compile(r"(?<!\d)(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)"),
    re.compile(rf"(?P<mw>{_MONTH_WORD})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})", re.I),
    re.compile(
        rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mw>{_MONTH_WORD})\.?,?\s+(?P<y>\d{{4}})", re.I
    ),
    re.compile(r"(?<!\d)(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>\d{4})(?!\d)"),
    re.compile(r"(?<!\d)(?P<y>\d{4})[-/.](?P<m>\d{1,2})(?!\d)"),
    re.compile(rf"(?P<mw>{_MONTH_WORD})\.?,?\s+(?P<y>\d{{4}})", re.I),
    re.compile(r"(?<!\d)(?P<y>\d{4})(?!\d)"),
)


def extract_timexes(
    text: str, anchor: ArticleDate | None, blocks: Sequence[Block] | None = None
) -> list[TimeExpression]:
    """Every temporal expression outside metadata lines, normalised against the anchor, by offset."""
    if not text:
        return []
    chosen = tuple(blocks) if blocks is not None else layout.segment(text)
    ctx = Context(text, _lower(text), _reference_period(text, anchor, chosen))
    return _scan(ctx, chosen)


def _scan(ctx: Context, blocks: Sequence[Block]) -> list[TimeExpression]:
    found: list[TimeExpression] = []
    for block in sorted(blocks, key=lambda b: (b.start, b.end)):
        start, end = max(0, block.start), min(len(ctx.text), block.end)
        if block.role != layout.ROLE_META and start < end:
            found.extend(_block_timexes(ctx, start, end))
    found.sort(key=lambda t: (t.start, t.end))
    return [t for t in found if 0 <= t.start < t.end <= len(ctx.text) and ctx.text[t.start : t.end] == t.text]


def _block_timexes(ctx: Context, start: int, end: int) -> list[TimeExpression]:
    """The expressions of ctx.text[start:end], left to right and not overlapping.

    Every expression holds a trigger word and begins at most _REACH characters before it with a
    word that can open one, so the pattern is tried only there: trying it at every position of
    the text costs many times more. A match its rule turns down lets the next start be tried.
    """
    lower = ctx.lower
    # The matches, for offsets asked for only around a trigger (cheaper than a (start, end, word)
    # tuple for every word), and their words, read off the same matches: one scan of the text.
    tokens = list(lex.TOKEN.finditer(lower, start, end))
    words = list(map(re.Match.group, tokens))
    found: list[TimeExpression] = []
    covered = start
    triggers = lex.TRIGGER_WORDS
    # The pattern at each start, tried once: in a table of numbers every number may open the
    # expressions of the next few, which would each try it again.
    tried: dict[int, re.Match[str] | None] = {}
    for index, word in enumerate(words):
        if word not in triggers and (
            word[0] not in _NUMERIC_OPENERS or not _number_trigger(lower, tokens[index].start(), word)
        ):
            continue
        position = tokens[index].start()
        if position < covered:
            continue
        for candidate in _openers(lower, tokens, words, index, max(covered, position - _REACH)):
            match = (
                tried[candidate]
                if candidate in tried
                else tried.setdefault(candidate, lex.TIMEX.match(lower, candidate, end))
            )
            if match is None or match.end() <= position:
                continue
            expressions = _handle(match, ctx)
            if expressions:
                found.extend(expressions)
                covered = match.end()
                break
    return found


def _openers(lower: str, tokens: list[re.Match[str]], words: list[str], index: int, limit: int) -> list[int]:
    """The starts of the words run together just before token `index` that can open an expression."""
    first = index
    while first > 0:
        before = tokens[first - 1]
        gap = lower[before.end() : tokens[first].start()]
        if before.start() < limit or len(gap) > 3 or gap.strip(" -/.,") or not _can_open(words[first - 1]):
            break
        first -= 1
    return [token.start() for token in tokens[first : index + 1]]


def _handle(match: re.Match[str], ctx: Context) -> list[TimeExpression]:
    handler = _HANDLERS.get(match.lastgroup or "")
    if handler is None:
        return []
    try:
        return handler(match, ctx)
    except (ValueError, OverflowError, KeyError, IndexError):
        # Calendar arithmetic at the edges of the calendar (year 9999, day 0) can fail on
        # adversarial text; one bad expression must not cost the article its other dates.
        return []


def _number_trigger(lower: str, position: int, word: str) -> bool:
    """Whether a number token can carry an expression: a year, a clock time, a decade, an ordinal."""
    after = position + len(word)
    if len(word) == 4 and word.isdigit():
        return 1000 <= int(word) <= 2099 or lex.CLOCK_ZONE.match(lower, after) is not None
    if len(word) <= 2 and word.isdigit():
        return lex.CLOCK_TAIL.match(lower, after) is not None or (
            word.endswith("0") and lower[after : after + 2] in ("'s", "’s")  # the 60's
        )
    return lex.DECADE_TOKEN.fullmatch(word) is not None or word.endswith(("st", "nd", "rd", "th"))


def _can_open(word: str) -> bool:
    return word in lex.STARTER_WORDS or word[0].isdigit() or word[0] == "'"


def _lower(text: str) -> str:
    """text lower-cased with every character kept in place (a few characters lengthen when lowered)."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def anchor_period(anchor: ArticleDate | None) -> Period | None:
    """The calendar period an article date stands for."""
    if anchor is None:
        return None
    parsed = cal.parse_value(anchor.value)
    if parsed is not None:
        return parsed
    if anchor.first_day == anchor.last_day:
        return cal.day(anchor.first_day)
    return Period(anchor.value, anchor.first_day, anchor.last_day, "none")


def _reference_period(text: str, anchor: ArticleDate | None, blocks: tuple[Block, ...]) -> Period | None:
    """The anchor, moved to the dateline's day when the dateline gives a day next to it.

    Wire timestamps are in GMT, the dateline in local time: "WELLINGTON, Feb 27" stamped Feb 26.
    """
    period = anchor_period(anchor)
    if period is None or period.granularity != "day":
        return period
    line = layout.dateline(text, blocks)
    if line is None or line.date is None:
        return period
    day = _dateline_day(line.date.text, period.first.year)
    if day is None:
        return period
    for candidate in (
        day,
        cal.make_day(day.first.year - 1, day.first.month, day.first.day),
        cal.make_day(day.first.year + 1, day.first.month, day.first.day),
    ):
        if candidate is not None and abs((candidate.first - period.first).days) <= 2:
            return candidate
    return period


_DATELINE_YEAR = re.compile(r",[ ](\d{4})$")  # "March 4, 2024": a dateline that carries its year


def _dateline_day(raw: str, year: int) -> Period | None:
    match = re.match(r"([A-Za-z]+)\.?\s+(\d{1,2})", raw)
    if not match or match.group(1).lower() not in lex.MONTHS:
        return None
    return cal.make_day(year, lex.MONTHS[match.group(1).lower()], int(match.group(2)))


def parse_date(raw: str) -> Period | None:
    """The period a date string from metadata names: 2025-06-10, 2025-06, 2025, June 10, 2025, ..."""
    raw = raw.strip()[:200]
    for pattern in _DATE_FORMATS:
        match = pattern.search(raw)
        if not match:
            continue
        groups = match.groupdict()
        year = int(groups["y"])
        month = (
            lex.MONTHS[groups["mw"].lower()]
            if groups.get("mw")
            else int(groups["m"])
            if groups.get("m")
            else None
        )
        if month is None:
            return cal.year(year)
        if groups.get("d"):
            return cal.make_day(year, month, int(groups["d"]))
        return cal.month(year, month)
    return None


def article_date(
    text: str, blocks: Sequence[Block], fields: Mapping[str, str], given: str | None = None
) -> ArticleDate | None:
    """The article's own date: given value, metadata, dateline with the metadata's year, else inferred."""
    chosen = tuple(blocks)
    if given:
        found = parse_date(str(given))
        if found is not None:
            return _article(found, "jsonl")
    source = "front-matter" if text.lstrip("\ufeff").startswith("---") else "metadata"
    partial: Period | None = None
    for key in _DATE_KEYS:
        raw = fields.get(key)
        found = parse_date(raw) if isinstance(raw, str) and raw else None
        if found is not None and found.granularity == "day":
            return _article(found, source)
        if found is not None and partial is None:
            partial = found
    line = layout.dateline(text, chosen) if chosen else None
    own_year = _DATELINE_YEAR.search(line.date.text) if line is not None and line.date is not None else None
    if line is not None and line.date is not None and own_year is not None:
        day = _dateline_day(line.date.text, int(own_year.group(1)))
        # A year or month from the metadata outranks a dateline that falls outside it (`Dec 7, 1941 -
        # a date which will live …` opening a 2024 feature is no dateline).
        if day is not None and (partial is None or partial.first <= day.first <= partial.last):
            return _article(day, "dateline")
        line = None
    if line is not None and line.date is not None and partial is not None:
        day = _dateline_day(line.date.text, partial.first.year)
        if day is not None:
            return _article(day, "dateline")
    if partial is not None:
        return _article(partial, source)
    year = _inferred_year(text, chosen)
    if year is None:
        return None
    day = (
        _dateline_day(line.date.text, year.first.year) if line is not None and line.date is not None else None
    )
    return _article(day or year, "inferred", inferred=True)


def _article(period: Period, source: str, inferred: bool = False) -> ArticleDate:
    return ArticleDate(period.value, period.first, period.last, source, inferred)


def _inferred_year(text: str, blocks: tuple[Block, ...]) -> Period | None:
    """The latest year the text states for the present ("Finland holds the chair in 2025"); never a day.

    A year stated for something past ("hosted the summit in 2010", "in office since 2020") or ahead
    ("until 2030") only bounds the article's date, so it dates nothing: an article written in 2025
    about a 2010 summit must not show its quotes as said in 2010.
    """
    ctx = Context(text, _lower(text), None)
    latest: int | None = None
    for timex in _scan(ctx, blocks):
        if timex.type != "DATE" or timex.first_day is None or timex.last_day is None:
            continue
        if timex.first_day.year != timex.last_day.year or timex.granularity in ("decade", "century"):
            continue
        previous = absolute.previous_word(ctx, timex.start)
        if previous in lex.FORWARD_WORDS or previous in _BOUND_WORDS:
            continue
        if ctx.tense(timex.start, timex.end) in (PAST, FUTURE):
            continue
        if latest is None or timex.first_day.year > latest:
            latest = timex.first_day.year
    return cal.year(latest) if latest is not None else None


_BOUND_WORDS = frozenset({"since", "after", "from", "before"})  # "since 2020": a bound, not a date


def interval(value: str) -> tuple[date, date] | None:
    """The first and last day a TIMEX3 date value covers, or None for durations and vague values."""
    period = cal.parse_value(value)
    return (period.first, period.last) if period else None
