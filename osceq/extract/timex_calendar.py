"""Calendar periods named by TIMEX3 values: building them, shifting them and reading values back."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

# Seasons as TIMEX3 writes them, with the months they start and end in (winter runs into the next year).
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
PARTS_OF_DAY = ("MO", "MI", "AF", "EV", "NI", "DT")
# How fine each granularity is: a reference can anchor an expression as coarse as itself or coarser.
FINENESS = {
    "time": 0,
    "day": 1,
    "week": 2,
    "month": 3,
    "season": 4,
    "quarter": 4,
    "half": 5,
    "year": 6,
    "decade": 7,
    "century": 8,
    "none": 9,
}


class Period(NamedTuple):
    """A calendar period: its TIMEX3 value, first and last day (inclusive) and granularity."""

    value: str
    first: date
    last: date
    granularity: str


def valid_year(year: int) -> bool:
    """Whether a year can be written as a four-digit TIMEX3 value and held by `datetime.date`."""
    return 1 <= year <= 9999


def day(d: date) -> Period:
    """The period of one day."""
    return Period(d.isoformat(), d, d, "day")


# Periods are immutable and an archive names few distinct ones (a day is tried in the years around
# the anchor for every month-day): built once each.
@lru_cache(maxsize=8192)
def make_day(year: int, month: int, dom: int) -> Period | None:
    """The day year-month-dom, or None when there is no such day."""
    if not valid_year(year) or not 1 <= month <= 12 or not 1 <= dom <= calendar.monthrange(year, month)[1]:
        return None
    return day(date(year, month, dom))


@lru_cache(maxsize=4096)
def month(year: int, number: int) -> Period | None:
    """A calendar month."""
    if not valid_year(year) or not 1 <= number <= 12:
        return None
    last = calendar.monthrange(year, number)[1]
    return Period(f"{year:04d}-{number:02d}", date(year, number, 1), date(year, number, last), "month")


def year(number: int) -> Period | None:
    """A calendar year."""
    if not valid_year(number):
        return None
    return Period(f"{number:04d}", date(number, 1, 1), date(number, 12, 31), "year")


def quarter(year_number: int, number: int) -> Period | None:
    """A calendar quarter (1-4)."""
    if not valid_year(year_number) or not 1 <= number <= 4:
        return None
    first_month = 3 * number - 2
    last = date(year_number, first_month + 2, calendar.monthrange(year_number, first_month + 2)[1])
    return Period(f"{year_number:04d}-Q{number}", date(year_number, first_month, 1), last, "quarter")


def half(year_number: int, number: int) -> Period | None:
    """A half year (1 or 2)."""
    if not valid_year(year_number) or number not in (1, 2):
        return None
    first, last = (
        (date(year_number, 1, 1), date(year_number, 6, 30))
        if number == 1
        else (date(year_number, 7, 1), date(year_number, 12, 31))
    )
    return Period(f"{year_number:04d}-H{number}", first, last, "half")


def season(year_number: int, code: str) -> Period | None:
    """A season (SP, SU, FA, WI); winter YYYY-WI runs from December YYYY to February YYYY+1."""
    if not valid_year(year_number) or code not in SEASON_MONTHS or (code == "WI" and year_number >= 9999):
        return None
    start, end = SEASON_MONTHS[code]
    end_year = year_number + 1 if code == "WI" else year_number
    last = date(end_year, end, calendar.monthrange(end_year, end)[1])
    return Period(f"{year_number:04d}-{code}", date(year_number, start, 1), last, "season")


def week(d: date) -> Period:
    """The ISO week containing d."""
    iso = d.isocalendar()
    monday = d - timedelta(days=iso[2] - 1)
    return Period(f"{iso[0]:04d}-W{iso[1]:02d}", monday, monday + timedelta(days=6), "week")


def weekend(d: date) -> Period | None:
    """The weekend (Saturday and Sunday) of the ISO week containing d."""
    w = week(d)
    if w.last.year > 9999 or w.first.year < 1:
        return None
    return Period(w.value + "-WE", w.first + timedelta(days=5), w.last, "week")


def decade(start_year: int) -> Period | None:
    """The decade starting at start_year (a multiple of ten): value 199X."""
    if not 0 <= start_year <= 9990 or start_year % 10:
        return None
    first = date(max(start_year, 1), 1, 1)
    return Period(f"{start_year // 10:03d}X", first, date(start_year + 9, 12, 31), "decade")


def century(hundreds: int) -> Period | None:
    """The century whose years start with the given two digits (19 -> 1900-1999): value 19XX."""
    if not 0 <= hundreds <= 99:
        return None
    first = date(max(hundreds * 100, 1), 1, 1)
    return Period(f"{hundreds:02d}XX", first, date(hundreds * 100 + 99, 12, 31), "century")


def containing(d: date, granularity: str) -> Period | None:
    """The period of the given granularity that contains d."""
    if granularity == "day":
        return day(d)
    if granularity == "week":
        return week(d)
    if granularity == "month":
        return month(d.year, d.month)
    if granularity == "quarter":
        return quarter(d.year, (d.month - 1) // 3 + 1)
    if granularity == "half":
        return half(d.year, 1 if d.month <= 6 else 2)
    if granularity == "season":
        code = next(
            c
            for c, (s, e) in SEASON_MONTHS.items()
            if (s <= d.month <= e) or (s > e and (d.month >= s or d.month <= e))
        )
        return season(d.year - 1 if code == "WI" and d.month <= 2 else d.year, code)
    if granularity == "year":
        return year(d.year)
    if granularity == "decade":
        return decade(d.year - d.year % 10)
    if granularity == "century":
        return century(d.year // 100)
    return None


def add_months(d: date, months: int) -> date | None:
    """d moved by a number of months, the day clipped to the month's length; None off the calendar."""
    index = d.year * 12 + d.month - 1 + months
    y, m = divmod(index, 12)
    if not valid_year(y):
        return None
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def shift(period: Period, amount: int, unit: str) -> Period | None:
    """The period of the same granularity `amount` units (day, week, month, quarter, year...) away."""
    months = {"month": 1, "quarter": 3, "half": 6, "season": 12, "year": 12, "decade": 120, "century": 1200}
    try:
        if unit in ("day", "week"):
            moved: date | None = period.first + timedelta(days=amount * (7 if unit == "week" else 1))
        elif unit in months:
            moved = add_months(period.first, amount * months[unit])
        else:
            return None
    except OverflowError:
        return None
    if moved is None or not valid_year(moved.year):
        return None
    if period.value.endswith("-WE"):
        return weekend(moved)
    if period.granularity == "season":
        return season(moved.year, period.value[-2:])
    return containing(moved, period.granularity)


_VALUE = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d{2})(?:-(?P<d>\d{2}))?|Q(?P<q>[1-4])|H(?P<h>[12])|(?P<s>SP|SU|FA|WI)"
    r"|W(?P<w>\d{2})(?P<we>-WE)?))?$|^(?P<dec>\d{3})X$|^(?P<cen>\d{2})XX$"
)


def parse_value(value: str) -> Period | None:
    """The period a TIMEX3 date value names (2025-06-10, 1999-01, 2010-Q2, 199X...), or None."""
    match = _VALUE.match(value)
    if not match:
        return None
    if match.group("dec"):
        return decade(int(match.group("dec")) * 10)
    if match.group("cen"):
        return century(int(match.group("cen")))
    y = int(match.group("y"))
    if match.group("d"):
        return make_day(y, int(match.group("m")), int(match.group("d")))
    if match.group("m"):
        return month(y, int(match.group("m")))
    if match.group("q"):
        return quarter(y, int(match.group("q")))
    if match.group("h"):
        return half(y, int(match.group("h")))
    if match.group("s"):
        return season(y, match.group("s"))
    if match.group("w"):
        try:
            monday = date.fromisocalendar(y, int(match.group("w")), 1)
        except ValueError:
            return None
        return weekend(monday) if match.group("we") else week(monday)
    return year(y)
