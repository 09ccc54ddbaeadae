"""Answering questions from the index: each module turns an index and options into records.

This package is, with `osceq.index`, the only place that imports Whoosh.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from osceq import index as _index  # noqa: F401  (Whoosh is first imported there, the cheap way)
from osceq.errors import QueryError


@dataclass
class Results:
    """Records to show, how many there were before the limit, and notes for the user."""

    records: list[dict[str, Any]]
    total: int
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Filters:
    """Filters shared by the commands: a date interval, speakers, documents."""

    since: date | None = None
    until: date | None = None
    speakers: tuple[str, ...] = ()
    docs: tuple[str, ...] = ()


_SENTINELS = (datetime(2000, 1, 1), datetime(2001, 2, 2))


def parse_period(text: str) -> tuple[date, date]:
    """The first and last day of a date as people write it: '2010', 'June 2025', '2025-06-10'."""
    cleaned = text.strip()
    if re.fullmatch(r"\d{4}", cleaned):
        year = int(cleaned)
        return date(year, 1, 1), date(year, 12, 31)
    if re.fullmatch(r"\d{4}-\d{1,2}", cleaned):
        year, month = (int(part) for part in cleaned.split("-"))
        if 1 <= month <= 12:
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    from dateutil import parser

    try:
        # Parse twice with different defaults: the parts that change were not written.
        first, second = (parser.parse(cleaned, default=default) for default in _SENTINELS)
    except (ValueError, OverflowError) as error:
        raise QueryError(
            f"cannot read {text!r} as a date", "write it like 2010, June 2025 or 2025-06-10"
        ) from error
    if first.year != second.year:
        raise QueryError(f"{text!r} has no year", "write it like 2010, June 2025 or 2025-06-10")
    if first.month != second.month:
        return date(first.year, 1, 1), date(first.year, 12, 31)
    if first.day != second.day:
        last = calendar.monthrange(first.year, first.month)[1]
        return date(first.year, first.month, 1), date(first.year, first.month, last)
    return first.date(), first.date()


def make_filters(
    since: str | None, until: str | None, speakers: tuple[str, ...] = (), docs: tuple[str, ...] = ()
) -> Filters:
    """Filters from option values: --since takes the first day of its period, --until the last."""
    first = parse_period(since)[0] if since else None
    last = parse_period(until)[1] if until else None
    if first and last and first > last:
        raise QueryError(f"--since {since} is after --until {until}")
    return Filters(first, last, tuple(speakers), tuple(docs))
