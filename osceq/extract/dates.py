"""Temporal expressions and the article's own date (first cut: explicit dates and years)."""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping, Sequence
from datetime import date

from osceq.extract.layout import ROLE_BODY, segment
from osceq.models import ArticleDate, Block, TimeExpression

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
_PATTERN = re.compile(
    rf"\b(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})\b"
    rf"|\b(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:,?\s+(?P<year>\d{{4}}))?\b"
    rf"|\b(?P<month2>{_MONTH})\s+(?P<year2>\d{{4}})\b"
    rf"|\b(?P<bare>(?:19|20)\d{{2}})\b"
)


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def extract_timexes(
    text: str, anchor: ArticleDate | None, blocks: Sequence[Block] | None = None
) -> list[TimeExpression]:
    """Find explicit date expressions in the body of text, normalised against the anchor date."""
    body = [b for b in (blocks if blocks is not None else segment(text)) if b.role == ROLE_BODY]
    result = []
    for block in body:
        for m in _PATTERN.finditer(text, block.start, block.end):
            found = _normalise(m, anchor)
            if found:
                value, first, last, granularity = found
                result.append(TimeExpression(m.group(), m.start(), m.end(), "DATE", value, first, last, granularity))
    return result


def _normalise(m: re.Match[str], anchor: ArticleDate | None) -> tuple[str, date, date, str] | None:
    if m.group("iso"):
        year, month, day = (int(x) for x in m.group("iso").split("-"))
        d = _day(year, month, day)
        return (d.isoformat(), d, d, "day") if d else None
    if m.group("month"):
        month = _MONTHS[m.group("month").rstrip(".").lower()]
        year_text = m.group("year")
        if year_text is None and anchor is None:
            return None
        year = int(year_text) if year_text else anchor.first_day.year  # type: ignore[union-attr]
        d = _day(year, month, int(m.group("day")))
        return (d.isoformat(), d, d, "day") if d else None
    if m.group("month2"):
        month = _MONTHS[m.group("month2").rstrip(".").lower()]
        year = int(m.group("year2"))
        last = calendar.monthrange(year, month)[1]
        return f"{year}-{month:02d}", date(year, month, 1), date(year, month, last), "month"
    year = int(m.group("bare"))
    return str(year), date(year, 1, 1), date(year, 12, 31), "year"


def article_date(
    text: str, blocks: Sequence[Block], fields: Mapping[str, str], given: str | None = None
) -> ArticleDate | None:
    """The article's own date from the given value or metadata fields; None when there is none."""
    candidates = [(given, "jsonl")] + [(fields.get(key), "metadata") for key in ("date", "published", "year")]
    for raw, source in candidates:
        if not raw:
            continue
        m = re.match(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", raw)
        if not m:
            continue
        year = int(m.group(1))
        if m.group(3):
            d = _day(year, int(m.group(2)), int(m.group(3)))
            if d:
                return ArticleDate(d.isoformat(), d, d, source)
        elif m.group(2):
            month = int(m.group(2))
            last = calendar.monthrange(year, month)[1]
            return ArticleDate(f"{year}-{month:02d}", date(year, month, 1), date(year, month, last), source)
        else:
            return ArticleDate(str(year), date(year, 1, 1), date(year, 12, 31), source)
    return None
