"""Rules for expressions whose value depends on the anchor or on earlier dates: last week, two years
ago, on Thursday, the quarter, and durations, frequencies and vague references."""

from __future__ import annotations

import re
from datetime import timedelta

from osceq.extract import timex_calendar as cal
from osceq.extract import timex_lexicon as lex
from osceq.extract.timex_absolute import (
    next_word,
    previous_word,
)
from osceq.extract.timex_calendar import Period
from osceq.extract.timex_context import FUTURE, PAST, PRESENT, Context, unit_granularity
from osceq.extract.timex_named import complete_season
from osceq.models import TimeExpression

Found = list[TimeExpression]
_UNKNOWN = {
    "day": "XXXX-XX-XX",
    "week": "XXXX-WXX",
    "month": "XXXX-XX",
    "quarter": "XXXX-QX",
    "half": "XXXX-HX",
    "year": "XXXX",
    "decade": "XXX",
    "century": "XX",
    "season": "XXXX-XX",
}
_REL_STEP = {"this": 0, "current": 0, "last": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}
_NUMBER = re.compile(r"(\d+(?:\.\d+)?)(?:[-\s](\d)/(\d))?$")


def unit_key(word: str) -> str:
    """The singular lexicon key of a unit word ("mths" -> "mth", "centuries" -> "century")."""
    word = word.strip()
    if word == "centuries":
        return "century"
    if word == "mos":
        return "mo"
    return word[:-1] if word.endswith("s") and word[:-1] in lex.UNITS else word


def quantity(words: str) -> float | None:
    """The number a quantity phrase states ("two", "4-1/2", "twenty-five"); None when vague."""
    text = " ".join(words.split())
    if text in lex.VAGUE_NUMBERS:
        return None
    if text in lex.NUMBER_WORDS:
        return float(lex.NUMBER_WORDS[text])
    if text in ("a half", "half a", "half an"):
        return 0.5
    if text == "another":
        return 1.0
    if "-" in text and text.replace("-", " ").split()[0] in lex.NUMBER_WORDS:
        tens, _, ones = text.partition("-")
        return float(lex.NUMBER_WORDS.get(tens, 0) + lex.NUMBER_WORDS.get(ones, 0))
    match = _NUMBER.match(text)
    if not match:
        return None
    value = float(match.group(1))
    if match.group(2) and int(match.group(3)):
        value += int(match.group(2)) / int(match.group(3))
    return value


def duration_value(amount: float | None, unit: str) -> str:
    """The ISO 8601 duration for an amount of a unit (P2W, PT30M, P10Y, PXY when vague)."""
    designator, is_time, _ = lex.UNITS[unit]
    factor = lex.UNIT_FACTORS.get(unit, 1)
    if amount is None:
        number = "X"
    else:
        total = amount * factor
        if is_time and designator == "H" and total != int(total):
            designator, total = "M", total * 60
        number = str(int(total)) if total == int(total) else f"{total:g}"
    return ("PT" if is_time else "P") + number + designator


def _shifted(period: Period | None, amount: float, unit: str) -> Period | None:
    """period moved by amount units; fractions only where they make whole months."""
    if period is None:
        return None
    calendar_unit = lex.UNITS[unit][2]
    step = {"decade": ("year", 10), "century": ("year", 100), "weekend": ("week", 1)}.get(
        calendar_unit, (calendar_unit, 1)
    )
    total = amount * step[1]
    if step[0] == "year" and total != int(total):
        step, total = ("month", 1), total * 12
    if total != int(total) or step[0] not in ("day", "week", "month", "quarter", "year"):
        return None
    return cal.shift(period, int(total), step[0])


def _granularity_of(unit: str) -> str:
    calendar_unit = lex.UNITS[unit][2]
    return "week" if calendar_unit == "weekend" else unit_granularity(calendar_unit)


def _date(
    ctx: Context, start: int, end: int, period: Period | None, unknown: str, derived: bool = False
) -> Found:
    if period is None:
        return [ctx.timex(start, end, "DATE", unknown)]
    return [ctx.timex(start, end, "DATE", period.value, period, derived)]


def ago(m: re.Match[str], ctx: Context) -> Found:
    """two years ago, a year earlier, three days later, five years from now."""
    unit = unit_key(m["ago_unit"])
    if unit not in lex.UNITS:
        return []
    direction = " ".join(m["ago_dir"].split())
    forward = direction in ("later", "after", "from now", "hence")
    amount = quantity(m["ago_n"])
    if amount is None:
        return [ctx.timex(m.start(), m.end(), "DATE", "FUTURE_REF" if forward else "PAST_REF")]
    if lex.UNITS[unit][1]:
        return [ctx.timex(m.start(), m.end(), "TIME", "FUTURE_REF" if forward else "PAST_REF")]
    granularity = _granularity_of(unit)
    reach = 1 if direction == "ago" else 2
    base = None if direction in ("from now", "hence") else ctx.reference(m.start(), granularity, reach)
    present = ctx.anchor_period(base.granularity) if base is not None else None
    if forward and base is not None and present is not None and base.value == present.value:
        # "This year we mark fifty years of X. Half a century later, ..." counts from X, not from now.
        base = None
    if base is not None:
        period = _shifted(base, amount if forward else -amount, unit)
    elif forward:
        # "Half a century later" with nothing to count from: the writer's present.
        period = ctx.anchor_period(
            granularity if cal.FINENESS[granularity] < cal.FINENESS["year"] else "year"
        )
        if direction in ("from now", "hence"):
            period = _shifted(ctx.anchor_period(granularity), amount, unit)
    else:
        period = _shifted(ctx.anchor_period(granularity), -amount, unit)
    return _date(ctx, m.start(), m.end(), period, _UNKNOWN.get(granularity, "XXXX"), derived=True)


def year_ago(m: re.Match[str], ctx: Context) -> Found:
    """the year-ago quarter, the year-ago period, year ago levels: a year before the period in question."""
    noun = m["ya_noun"] or ""
    if noun in ("quarter", "qtr", "month"):
        base = ctx.latest(m.start(), "quarter" if noun != "month" else "month")
    else:
        base = ctx.latest(m.start(), "", reach=800)
    if base is None or cal.FINENESS[base.granularity] > cal.FINENESS["year"]:
        base = ctx.anchor_period("year")
    return _date(ctx, m.start(), m.end(), _shifted(base, -1, "year"), "XXXX", derived=True)


def relative(m: re.Match[str], ctx: Context) -> Found:
    """last week, this year, next month, last Friday, this summer, last February, the past year."""
    mod = m["rel_mod"].split()[-1]
    what = m["rel_what"].rstrip(".")
    start = m.start()
    if (mod in ("past", "last") and m["rel_mod"].startswith("the")) or mod == "past":
        unit = unit_key(what)
        if unit in lex.UNITS:  # "the past year" is a span of time, not the calendar year
            return [ctx.timex(start, m.end(), "DURATION", duration_value(1.0, unit))]
        return []
    if what in lex.WEEKDAYS:
        if not ctx.text[m.start("rel_what")].isupper():
            return []
        return _date(
            ctx, start, m.end(), _weekday(ctx, lex.WEEKDAYS[what], mod), f"XXXX-WXX-{lex.WEEKDAYS[what]}"
        )
    if what in lex.PARTS_OF_DAY:
        day = ctx.anchor_period("day")
        if day is not None and mod in ("last", "previous"):
            day = cal.shift(day, -1, "day")
        elif day is not None and mod in ("next", "following", "coming"):
            day = cal.shift(day, 1, "day")
        prefix = day.value if day else "XXXX-XX-XX"
        return [ctx.timex(start, m.end(), "TIME", f"{prefix}T{lex.PARTS_OF_DAY[what]}", day)]
    if what in lex.SEASONS:
        code = lex.SEASONS[what]
        if mod in ("this", "current"):
            period = complete_season(ctx, code, "")
        else:
            period = complete_season(ctx, code, PAST if _REL_STEP[mod] < 0 else FUTURE, strict=True)
        return _date(ctx, start, m.end(), period, f"XXXX-{code}")
    if what in lex.MONTHS:
        if not ctx.text[m.start("rel_what")].isupper():
            return []
        return _date(ctx, start, m.end(), _month(ctx, lex.MONTHS[what], _REL_STEP[mod]), "XXXX-XX")
    return _calendar_unit(m, ctx, what, mod)


def _calendar_unit(m: re.Match[str], ctx: Context, what: str, mod: str) -> Found:
    unit = "quarter" if what == "qtr" else what
    step = _REL_STEP[mod]
    granularity = "week" if unit == "weekend" else unit
    if mod in ("previous", "following") and m["rel_mod"].startswith("the"):
        base = ctx.reference(m.start(), granularity, 2)
        if base is not None:
            granularity_base = cal.containing(base.first, granularity)
            return _date(
                ctx,
                m.start(),
                m.end(),
                cal.shift(granularity_base, step, unit_step(unit)) if granularity_base else None,
                _UNKNOWN.get(granularity, "XXXX"),
            )
    base = ctx.anchor_period(granularity)
    if unit == "season" and ctx.anchor is not None:
        base = cal.containing(ctx.anchor.first, "season")
    if base is not None and unit == "weekend":
        base = cal.weekend(base.first)
    period = cal.shift(base, step, unit_step(unit)) if base is not None else None
    return _date(ctx, m.start(), m.end(), period, _UNKNOWN.get(granularity, "XXXX"))


def unit_step(unit: str) -> str:
    """The unit `cal.shift` moves by for a calendar unit word."""
    return {"weekend": "week", "half": "half", "season": "year"}.get(unit, unit)


def _weekday(ctx: Context, number: int, mod: str) -> Period | None:
    anchor = ctx.anchor_day
    if anchor is None:
        return None
    offset = number - anchor.isoweekday()
    if mod in ("this", "current"):
        return cal.day(anchor + timedelta(days=offset))
    if _REL_STEP.get(mod, 0) < 0:
        return cal.day(anchor - timedelta(days=(-offset) % 7 or 7))
    return cal.day(anchor + timedelta(days=offset % 7 or 7))


def _month(ctx: Context, number: int, step: int) -> Period | None:
    anchor = ctx.anchor_period("month")
    if anchor is None:
        return cal.month(ctx.anchor_year, number) if ctx.anchor_year and step == 0 else None
    here = anchor.first.year * 12 + anchor.first.month - 1
    index = anchor.first.year * 12 + number - 1
    if step < 0 and index >= here:
        index -= 12
    elif step > 0 and index <= here:
        index += 12
    return cal.month(index // 12, index % 12 + 1)


def weekday(m: re.Match[str], ctx: Context) -> Found:
    """on Thursday, Monday's meeting, Friday morning: the day in the tense's direction."""
    if not ctx.text[m.start()].isupper() or previous_word(ctx, m.start()) in lex.WEEKDAY_NAMED_DAYS:
        return []  # Black Friday, Good Friday (a holiday of its own)
    if next_word(ctx, m.end()) in lex.WEEKDAY_PAPERS and not m["wd_part"]:
        return []  # the Sunday Times
    number = lex.WEEKDAYS[m["wd_name"]]
    anchor = ctx.anchor_day
    period = None
    if anchor is not None:
        offset = number - anchor.isoweekday()
        # "meets on Friday" looks ahead as much as "will meet"; "Friday's attack" looks back.
        possessive = ctx.lower[m.end("wd_name") : m.end("wd_name") + 1] in ("'", "’")
        if not possessive and ctx.tense(m.start(), m.end()) in (FUTURE, PRESENT):
            period = cal.day(anchor + timedelta(days=offset % 7))
        else:
            period = cal.day(anchor - timedelta(days=(-offset) % 7))
    if m["wd_part"]:
        prefix = period.value if period else f"XXXX-WXX-{number}"
        return [ctx.timex(m.start(), m.end(), "TIME", f"{prefix}T{lex.PARTS_OF_DAY[m['wd_part']]}", period)]
    return _date(ctx, m.start(), m.end(), period, f"XXXX-WXX-{number}")


def deictic(m: re.Match[str], ctx: Context) -> Found:
    """today, yesterday, tomorrow, tonight, now, currently, recently, yesterday morning."""
    word = m["dx_word"]
    if word in ("now", "currently", "nowadays"):
        start = m.start("dx_word")
        return [ctx.timex(start, m.end("dx_word"), "DATE", "PRESENT_REF")]
    if word in ("recently", "lately"):
        return [ctx.timex(m.start("dx_word"), m.end("dx_word"), "DATE", "PAST_REF")]
    day = ctx.anchor_period("day")
    if day is not None and word != "today" and word != "tonight":
        day = cal.shift(day, -1 if word == "yesterday" else 1, "day")
    part = "NI" if word == "tonight" else lex.PARTS_OF_DAY.get(m["dx_part"] or "")
    if part:
        prefix = day.value if day else "XXXX-XX-XX"
        return [ctx.timex(m.start(), m.end(), "TIME", f"{prefix}T{part}", day)]
    if day is None and word == "today":
        return [ctx.timex(m.start(), m.end(), "DATE", "PRESENT_REF")]
    return _date(ctx, m.start(), m.end(), day, "XXXX-XX-XX")


def anaphor(m: re.Match[str], ctx: Context) -> Found:
    """the year, the quarter, that year, the previous year, prior qtr: the period the text is about."""
    det = " ".join(m["an_det"].split())
    unit = "quarter" if m["an_unit"] == "qtr" else m["an_unit"]
    if det == "this" or (unit == "day" and det in ("the", "the full", "the fiscal", "the calendar")):
        return []
    if unit in lex.PARTS_OF_DAY:
        return _part_of_day(m, ctx, det, unit)
    if det == "the next" and unit != "day":  # "over the next week" is a span of time
        return [ctx.timex(m.start(), m.end(), "DURATION", duration_value(1.0, unit))]
    if unit == "weekend":
        return _weekend(m, ctx, det)
    step = (
        -1
        if det in ("the previous", "the prior", "prior")
        else 1
        if det in ("the following", "the next")
        else 0
    )
    base = ctx.latest(m.start(), unit) if unit in ("quarter", "week", "day") else None
    if base is None:
        # The period the text is about is in this sentence or the one before, or it is the anchor's.
        base = ctx.reference(m.start(), unit, 2)
        if base is not None and cal.FINENESS[base.granularity] > cal.FINENESS[unit]:
            base = None
        base = cal.containing(base.first, unit) if base is not None else None
    if base is None and unit != "day" and det != "that":
        base = (
            ctx.anchor_period(unit)
            if unit != "quarter"
            else ctx.complete_period(
                "quarter", (ctx.anchor.first.month - 1) // 3 + 1 if ctx.anchor else 1, PAST
            )
        )
    if base is None:
        return [] if unit == "day" or det == "that" else _date(ctx, m.start(), m.end(), None, _UNKNOWN[unit])
    period = cal.shift(base, step, unit) if step else base
    return _date(ctx, m.start(), m.end(), period, _UNKNOWN[unit])


def _part_of_day(m: re.Match[str], ctx: Context, det: str, part: str) -> Found:
    """in the afternoon, during the night: that part of the day in question."""
    if det not in ("the", "that", "the same"):
        return []
    day = ctx.reference(m.start(), "day", 2)
    day = day if day is not None and day.granularity == "day" else ctx.anchor_period("day")
    prefix = day.value if day else "XXXX-XX-XX"
    return [ctx.timex(m.start(), m.end(), "TIME", f"{prefix}T{lex.PARTS_OF_DAY[part]}", day)]


def _weekend(m: re.Match[str], ctx: Context, det: str) -> Found:
    """the weekend: the one just past, or the coming one when the clause looks ahead."""
    anchor = ctx.anchor_day
    if anchor is None or det not in ("the", "that", "this"):
        return _date(ctx, m.start(), m.end(), None, "XXXX-WXX-WE")
    current = cal.weekend(anchor)
    if current is not None and not current.first <= anchor <= current.last:
        ahead = ctx.tense(m.start(), m.end()) in (FUTURE, PRESENT)
        current = current if ahead else cal.shift(current, -1, "week")
    return _date(ctx, m.start(), m.end(), current, "XXXX-WXX-WE")


def year_end(m: re.Match[str], ctx: Context) -> Found:
    """year-end, the month-end: the end of the period the text is about (its value is the period)."""
    unit = ctx.lower[m.start() : m.end()].replace("the", "").strip()[:-4].strip(" -")
    base = ctx.latest(m.start(), "", reach=800)
    if base is not None and cal.FINENESS[base.granularity] <= cal.FINENESS[unit]:
        period = cal.containing(base.first, unit)
    else:
        period = ctx.anchor_period(unit)
    return _date(ctx, m.start(), m.end(), period, _UNKNOWN[unit])
