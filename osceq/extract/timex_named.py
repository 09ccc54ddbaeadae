"""Rules for named days and parts of the year and of the day: seasons, holidays, clock times."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from osceq.extract import timex_calendar as cal
from osceq.extract import timex_lexicon as lex
from osceq.extract.timex_absolute import next_word, previous_word
from osceq.extract.timex_context import FUTURE, PAST, Context
from osceq.models import TimeExpression

Found = list[TimeExpression]


def clock(m: re.Match[str], ctx: Context) -> Found:
    """3 p.m., 10:30 a.m. EST, 0840 GMT, noon, midnight: a TIME on the day in question."""
    if m["ck_word"]:
        hour, minute = {"noon": (12, 0), "midday": (12, 0), "midnight": (24, 0)}[m["ck_word"]]
    elif m["ck_mil"]:
        hour, minute = int(m["ck_mil"][:2]), int(m["ck_mil"][2:])
    elif m["ck_h2"]:
        hour, minute = int(m["ck_h2"]), int(m["ck_m2"])
    else:
        hour, minute = int(m["ck_h"]), int(m["ck_m"] or 0)
        if hour > 12 or hour == 0:
            return []
        if m["ck_ap"].startswith("p") and hour < 12:
            hour += 12
        elif m["ck_ap"].startswith("a") and hour == 12:
            hour = 0
    if hour > 24 or minute > 59:
        return []
    day = ctx.reference(m.start(), "day")
    if day is None or day.granularity != "day":
        day = ctx.anchor_period("day")
    prefix = day.value if day else "XXXX-XX-XX"
    return [ctx.timex(m.start(), m.end(), "TIME", f"{prefix}T{hour:02d}:{minute:02d}", day)]


def season(m: re.Match[str], ctx: Context) -> Found:
    """the summer, in spring, summer 2025, the fall of 1999: the season the tense points to."""
    code = lex.SEASONS[m["sn_name"]]
    before = previous_word(ctx, m.start())
    if m["sn_y"]:
        period = cal.season(int(m["sn_y"]), code)
        return [ctx.date_of(m, period)] if period else []
    leads = {
        "in",
        "during",
        "by",
        "until",
        "since",
        "through",
        "over",
        "for",
        "this",
        "of",
        "before",
        "after",
    }
    if before not in leads or (m["sn_name"] == "fall" and not m["sn_det"]):
        return []
    if m["sn_name"] == "fall" and next_word(ctx, m.end()) in ("in", "of", "to", "from"):
        return []  # "the fall in prices"
    period = complete_season(ctx, code, ctx.tense(m.start(), m.end()))
    if period is None:
        return [ctx.timex(m.start(), m.end(), "DATE", f"XXXX-{code}")]
    return [ctx.date_of(m, period)]


def complete_season(ctx: Context, code: str, tense: str, strict: bool = False) -> cal.Period | None:
    """The season `code` nearest the anchor in the tense's direction (strictly before/after if strict)."""
    year = ctx.anchor_year
    if year is None or ctx.anchor is None:
        return None
    if ctx.anchor.granularity == "year":
        return cal.season(year, code)
    candidates = [p for p in (cal.season(year + k, code) for k in (-2, -1, 0, 1)) if p]
    here = ctx.anchor
    if tense == PAST:
        fitting = [p for p in candidates if (p.last < here.first if strict else p.first <= here.last)]
        return fitting[-1] if fitting else None
    if tense == FUTURE:
        fitting = [p for p in candidates if (p.first > here.last if strict else p.last >= here.first)]
        return fitting[0] if fitting else None
    return min(candidates, key=lambda p: abs((p.first - here.first).days))


def holiday(m: re.Match[str], ctx: Context) -> Found:
    """Christmas, New Year's Eve, Easter, Thanksgiving 2012: the day, in the year the tense points to."""
    name = " ".join(m["hd_name"].replace("’", "'").split())
    years = [int(m["hd_y"])] if m["hd_y"] else [y for y in (ctx.anchor_year,) if y]
    if m["hd_y"] is None and ctx.anchor_day is not None:
        tense = ctx.tense(m.start(), m.end())
        anchor = ctx.anchor_day
        options = [d for d in (_holiday(name, anchor.year + k) for k in (-1, 0, 1)) if d]
        if tense == PAST:
            options = [d for d in options if d.first <= anchor] or options
            return [ctx.timex(m.start(), m.end(), "DATE", options[-1].value, options[-1])]
        if tense == FUTURE:
            options = [d for d in options if d.first >= anchor] or options
            return [ctx.timex(m.start(), m.end(), "DATE", options[0].value, options[0])]
        best = min(options, key=lambda d: abs((d.first - anchor).days))
        return [ctx.timex(m.start(), m.end(), "DATE", best.value, best)]
    period = _holiday(name, years[0]) if years else None
    if period is None:
        return [ctx.timex(m.start(), m.end(), "DATE", "XXXX-XX-XX")]
    return [ctx.date_of(m, period)]


def _holiday(name: str, year: int) -> cal.Period | None:
    if name in lex.HOLIDAYS:
        return cal.make_day(year, *lex.HOLIDAYS[name])
    if not 1583 <= year <= 9999:
        return None
    if name.startswith(("easter", "good")):
        easter = _easter(year)
        shift = {"good friday": -2, "easter monday": 1}.get(name, 0)
        return cal.day(easter + timedelta(days=shift))
    month, weekday, nth = {
        "thanksgiving": (11, 4, 4),
        "thanksgiving day": (11, 4, 4),
        "labor day": (9, 1, 1),
        "memorial day": (5, 1, -1),
    }[name]
    days = [date(year, month, d) for d in range(1, calendar.monthrange(year, month)[1] + 1)]
    matching = [d for d in days if d.isoweekday() == weekday]
    return cal.day(matching[nth - 1 if nth > 0 else nth])


def _easter(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day_of_month = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day_of_month + 1)
