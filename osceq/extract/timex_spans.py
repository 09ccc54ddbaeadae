"""Rules for spans and repetitions of time and for vague references: two weeks, the past five years,
recent months, daily, twice a year, every Monday, the future, at present."""

from __future__ import annotations

import re

from osceq.extract import timex_lexicon as lex
from osceq.extract.timex_absolute import caps_line, previous_word, table_header
from osceq.extract.timex_context import Context
from osceq.extract.timex_relative import duration_value, quantity, unit_key
from osceq.models import TimeExpression

Found = list[TimeExpression]


def vague(m: re.Match[str], ctx: Context) -> Found:
    """the past, the future, in future, at present, these days: PAST_REF, FUTURE_REF, PRESENT_REF."""
    words = m["vg_word"]
    value = "FUTURE_REF" if "future" in words else "PAST_REF" if "past" in words else "PRESENT_REF"
    if words == "present" and ctx.lower[m.start() : m.start() + 3] != "at ":
        return []
    start = m.start("vg_word")
    if words.startswith("in "):
        start = m.start("vg_word") + 3
    return [ctx.timex(start, m.end("vg_word"), "DATE", value)]


def duration(m: re.Match[str], ctx: Context) -> Found:
    """two weeks, 15 years, the past five years, a half-hour, four-day, up to five days; or a rate."""
    unit = unit_key(m["dur_unit"])
    number_text = " ".join(m["dur_n"].split())
    if unit not in lex.UNITS or table_header(ctx, m.start(), m.end()):
        return []
    after = ctx.lower[m.end() : m.end() + 4]
    if (unit == "second" and not number_text[0].isdigit()) or (
        unit in ("quarter", "qtr") and after.startswith(" of")
    ):
        return []  # "a second term", "a quarter of the shares"
    if unit == "night" and not number_text[0].isdigit() and number_text not in lex.NUMBER_WORDS:
        return []
    if len(number_text) == 4 and number_text.isdigit() and not m["dur_unit"].endswith("s"):
        return []  # "1986 YEAR" is a year and a word
    amount = quantity(number_text)
    before = previous_word(ctx, m.start())
    if (
        unit in ("hour", "hr")
        and _clock_digits(number_text)
        and before in _CLOCK_LEADS
        and not _SPAN_AFTER.match(ctx.lower, m.end())
    ):
        return []  # `resumes at 2100 hrs`: a time of day, not 2,100 hours
    if (
        number_text in ("a", "an")
        and not m["dur_mod"]
        and not m["dur_dir"]
        and (before in lex.QUANTITY_NOUNS or before.replace(",", "").replace(".", "").isdigit())
    ):
        value = duration_value(1.0, unit)
        return [ctx.timex(m.start(), m.end(), "SET", value)]
    return [ctx.timex(m.start(), m.end(), "DURATION", duration_value(amount, unit))]


# Words before a time of day (`at 2100 hrs`), not before a span (`up from 1000 hours`, `after 1200
# hours of testing`); a span also shows in what follows (`at 1000 hours a year`).
_CLOCK_LEADS = frozenset({"at", "by", "until", "till", "before", "and"})
_SPAN_AFTER = re.compile(r"\s+(?:a|an|per|each|every|of)\b")


def _clock_digits(number: str) -> bool:
    """Whether a number is written as a four-digit time of day (0000 to 2400)."""
    return len(number) == 4 and number.isdigit() and int(number) % 100 < 60 and int(number) <= 2400


def long_unit(m: re.Match[str], ctx: Context) -> Found:
    """month-long, year-long: a duration of one unit."""
    return [ctx.timex(m.start(), m.end(), "DURATION", duration_value(1.0, m["lu_unit"]))]


def bare_plural(m: re.Match[str], ctx: Context) -> Found:
    """for years, in months, weeks of talks: an unknown number of units (PXY)."""
    group = "bp_unit" if m["bp_unit"] else "bp_unit2"
    unit = unit_key(m[group])
    return [ctx.timex(m.start(group), m.end(group), "DURATION", duration_value(None, unit))]


def recent(m: re.Match[str], ctx: Context) -> Found:
    """recent years, the coming months, the past weeks: an unknown number of units."""
    unit = unit_key(m["rc_unit"])
    return [ctx.timex(m.start(), m.end(), "DURATION", duration_value(None, unit))]


def rate(m: re.Match[str], ctx: Context) -> Found:
    """per year, each month, every week: a SET."""
    unit = m["br_unit"]
    return [ctx.timex(m.start(), m.end(), "SET", duration_value(1.0, unit))]


def frequency(m: re.Match[str], ctx: Context) -> Found:
    """daily, weekly, quarterly, twice a year, every Monday, each morning: a SET."""
    if m["fq_word"]:
        if (
            m["fq_word"] in ("qtly", "qtrly")
            and not ctx.text[m.start()].isupper()
            and not caps_line(ctx, m.start())
        ):
            return []
        return [ctx.timex(m.start(), m.end(), "SET", lex.FREQUENCY_WORDS[m["fq_word"]])]
    if m["fq_unit"]:
        return [ctx.timex(m.start(), m.end(), "SET", duration_value(1.0, m["fq_unit"]))]
    what = m["fq_what"]
    every_other = "other" in ctx.lower[m.start() : m.end()]
    if what in lex.WEEKDAYS:
        value = f"XXXX-WXX-{lex.WEEKDAYS[what]}"
    elif what in lex.PARTS_OF_DAY:
        value = f"XXXX-XX-XXT{lex.PARTS_OF_DAY[what]}"
    elif what in lex.SEASONS:
        value = f"XXXX-{lex.SEASONS[what]}"
    elif what in ("half", "season"):
        value = "P6M" if what == "half" else "P1Y"
    else:
        value = duration_value(2.0 if every_other else 1.0, "quarter" if what == "qtr" else what)
    return [ctx.timex(m.start(), m.end(), "SET", value)]
