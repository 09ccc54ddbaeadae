"""Rules for expressions that name their calendar period: dates, months, years, quarters, decades, times."""

from __future__ import annotations

import re

from osceq.extract import timex_calendar as cal
from osceq.extract import timex_lexicon as lex
from osceq.extract.timex_context import Context
from osceq.models import TimeExpression

Found = list[TimeExpression]
_AMBIGUOUS_MONTHS = frozenset({"may", "march"})
_NAME_MONTHS = frozenset({"april", "may", "june", "august"})  # also first names
_NAME_AFTER = re.compile(r" ([A-Z][a-z]+)\b")
_NEXT_WORD = re.compile(r"\s*([a-z]+)")
_PREV_WORD = re.compile(r"([a-z.]+)\s*$")
# A four-digit number that is a clock time, not a year: a time zone or "hours" after it (`1305 GMT`,
# `1000 EST`, `0830 to 1415 Pacific time`), or a partner with a leading zero (`from 0830 to 1415`).
# The zone may follow the range's second end (`from 1700 to 2100 local time`) or stand in brackets
# after another clock time (`until 1500 (1400 GMT)`); `the 1995 est. output` and `Eastern time
# zones` name no clock.
_ZONES = r"(?:est|edt|cst|cdt|mst|mdt|pst|pdt|gmt|utc|bst|cet|cest|hrs|hours)\b(?!\.\s*(?-i:[a-z])|\.\))"
_ZONE_TIMES = (
    r"(?:local|central|eastern|pacific|mountain|atlantic)\s+(?:standard\s+|daylight\s+)?time\b(?!\s+zones?)"
)
_CLOCK_AFTER = re.compile(
    rf"(?P<range>\s*(?:to|until|till|and|-|–)\s*[0-2][0-9]{{3}})?\s*\(?\s*(?:[0-2][0-9]{{3}}\s*)?(?:{_ZONES}|{_ZONE_TIMES})",
    re.IGNORECASE,
)
_CLOCK_BEFORE = re.compile(r"\b0[0-9]{3}\s*(?:to|until|till|and|-|–)\s*$")


def clock_time(ctx: Context, start: int, end: int) -> bool:
    """Whether the number text[start:end] reads as a clock time (see _CLOCK_AFTER)."""
    after = _CLOCK_AFTER.match(ctx.text, end, end + 40)  # the text: a capital after "EST." starts a sentence
    if after and after["range"]:
        number = int(ctx.lower[start:end])
        return number % 100 < 60 and number // 100 <= 24  # `due 1992 to 1700 CDT`: no 19:92
    return bool(after or _CLOCK_BEFORE.search(ctx.lower, max(0, start - 12), start))


def previous_word(ctx: Context, position: int) -> str:
    """The lower-case word just before position (within 30 characters)."""
    match = _PREV_WORD.search(ctx.lower, max(0, position - 30), position)
    return match.group(1) if match else ""


def next_word(ctx: Context, position: int) -> str:
    """The lower-case word just after position."""
    match = _NEXT_WORD.match(ctx.lower, position, position + 30)
    return match.group(1) if match else ""


def caps_line(ctx: Context, position: int) -> bool:
    """Whether the line around position is written in capitals (a wire headline)."""
    start, end = _line_around(ctx.text, position, position)
    line = ctx.text[start:end]
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def table_header(ctx: Context, start: int, end: int) -> bool:
    """Whether the expression opens a short line of a results table ("Nine mths", "2nd qtr Jan 31")."""
    line_start, line_end = _line_around(ctx.text, start, end)
    lead = ctx.text[line_start:start]
    if lead.strip() and not lead.endswith((" - ", " – ", " — ")):  # a dateline may open the line
        return False
    line = ctx.text[line_start:line_end]
    if len(line.split()) > 5 or line.rstrip().endswith("."):
        return False
    # A header has the table's rows of figures under it; a headline has a blank line.
    following = ctx.text[line_end + 1 : line_end + 80].split("\n", 1)[0]
    return any(c.isdigit() for c in following)


def _line_around(text: str, start: int, end: int, reach: int = 300) -> tuple[int, int]:
    """The line holding text[start:end], cut to `reach` characters either side (megabyte lines)."""
    line_start = text.rfind("\n", max(0, start - reach), start) + 1 or max(0, start - reach)
    line_end = text.find("\n", end, end + reach)
    return line_start, line_end if line_end >= 0 else min(len(text), end + reach)


def _month_number(word: str) -> int:
    return lex.MONTHS[word.rstrip(".").strip()]


def _day_number(word: str) -> int:
    word = word.strip()
    if word in lex.DAY_WORDS:
        return lex.DAY_WORDS[word]
    return int(re.sub(r"\D", "", word))


def _two_digit_year(ctx: Context, digits: int) -> int:
    """A two-digit year in the century the anchor suggests (news speaks of the recent past)."""
    reference = ctx.anchor_year or 1999
    candidate = reference - reference % 100 + digits
    return candidate - 100 if candidate > reference + 20 else candidate


def iso(m: re.Match[str], ctx: Context) -> Found:
    """2025-06-10 or 2025-06-10T14:30."""
    raw = ctx.text[m.start() : m.end()]
    period = cal.make_day(int(raw[:4]), int(raw[5:7]), int(raw[8:10]))
    if period is None:
        return []
    if len(raw) > 10:
        return [ctx.timex(m.start(), m.end(), "TIME", period.value + "T" + raw[11:16], period)]
    return [ctx.date_of(m, period)]


def numeric(m: re.Match[str], ctx: Context) -> Found:
    """6/10/2025 (month first, unless the first number cannot be a month)."""
    a, b, c = int(m["n1"]), int(m["n2"]), m["n3"]
    year = int(c) if len(c) == 4 else _two_digit_year(ctx, int(c))
    month_no, dom = (a, b) if a <= 12 else (b, a)
    period = cal.make_day(year, month_no, dom)
    if period is None or next_word(ctx, m.end()) in lex.QUANTITY_NOUNS:
        return []
    return [ctx.date_of(m, period)]


def month_ok(ctx: Context, start: int, word: str) -> bool:
    """Whether a month name at start is the month (not "may", "march", "Jan" the name)."""
    original = ctx.text[start : start + len(word)]
    if not original[:1].isupper():
        return False
    bare = word.rstrip(".")
    if original.isupper() and len(bare) > 3:
        alone = caps_line(ctx, start) and next_word(ctx, start + len(word)) == ""
        return bare not in _AMBIGUOUS_MONTHS or alone
    if len(bare) <= 4 and bare not in ("may", "june", "july"):
        # Abbreviations stand alone only in compact forms: "Aug/Sept", "Oct/Dec", "Dec." shipments.
        after = ctx.text[start + len(word) : start + len(word) + 1]
        before = ctx.text[start - 1 : start] if start else ""
        return "/" in (after, before) or word.endswith(".") or previous_word(ctx, start) in lex.MONTH_LEADS
    if bare == "may":
        return previous_word(ctx, start) in lex.MONTH_LEADS or ctx.text[start - 1 : start] == "/"
    if bare in _NAME_MONTHS and _capitalised_name_follows(ctx, start + len(word)):
        return False  # "April Jones", "June Carter"
    if bare == "march":
        return next_word(ctx, start + len(word)) not in ("on", "to", "through", "against", "for", "past")
    return True


def _capitalised_name_follows(ctx: Context, position: int) -> bool:
    match = _NAME_AFTER.match(ctx.text, position)
    return match is not None and match.group(1).lower() not in lex.TRIGGER_WORDS


def month_day(m: re.Match[str], ctx: Context) -> Found:
    """June 10, June 10 2025, Monday, June 10, 2025, June 8-9, December 1-2, 2010, May 28 and 29."""
    month_word = m["mdy_m"]
    original = ctx.text[m.start("mdy_m") : m.end("mdy_m")]
    quantity_follows = next_word(ctx, m.end("mdy_d")) in lex.QUANTITY_NOUNS or ctx.lower.startswith(
        "%", m.end("mdy_d")
    )
    if month_word.rstrip(".") in _AMBIGUOUS_MONTHS and not original[:1].isupper() and quantity_follows:
        return []  # "prices may 5 pct higher"
    if (
        month_word.rstrip(".") == "may"
        and original == "May"
        and m["mdy_d"].isalpha()
        and not caps_line(ctx, m.start())
        and previous_word(ctx, m.start("mdy_m")) not in lex.MONTH_LEADS | {"pay", "payable", "record", "paid"}
    ):
        return []  # "May one day..." is the verb
    month_no = _month_number(month_word)
    dom = _day_number(m["mdy_d"])
    explicit = int(m["mdy_y"]) if m["mdy_y"] else None
    span = (m.start(), m.end())
    first = cal.make_day(explicit, month_no, dom) if explicit else ctx.complete_day(month_no, dom, span)
    if m["mdy_d2"] is None:
        return [_day_timex(ctx, m.start(), m.end(), first, f"XXXX-{month_no:02d}-{dom:02d}")]
    # A range or a list: each end is an expression of its own.
    month2 = _month_number(m["mdy_m2"]) if m["mdy_m2"] else month_no
    dom2 = _day_number(m["mdy_d2"])
    split = m.end("mdy_d")
    second_start = m.start("mdy_m2") if m["mdy_m2"] else m.start("mdy_d2")
    second = None
    if first is not None:
        second = cal.make_day(first.first.year + (1 if month2 < month_no else 0), month2, dom2)
    if first is not None and (second is None or second.first <= first.first):
        return [_day_timex(ctx, m.start(), split, first, f"XXXX-{month_no:02d}-{dom:02d}")]
    found = [_day_timex(ctx, m.start(), split, first, f"XXXX-{month_no:02d}-{dom:02d}")]
    found.append(_day_timex(ctx, second_start, m.end(), second, f"XXXX-{month2:02d}-{dom2:02d}"))
    return found


def _day_timex(ctx: Context, start: int, end: int, period: cal.Period | None, unknown: str) -> TimeExpression:
    if period is None:
        return ctx.timex(start, end, "DATE", unknown)
    return ctx.timex(start, end, "DATE", period.value, period)


def day_month(m: re.Match[str], ctx: Context) -> Found:
    """10 June 2025, the 10th of June, 8-9 June."""
    month_word = m["dmy_m"]
    if not month_ok(ctx, m.start("dmy_m"), month_word) and month_word.rstrip(".") in _AMBIGUOUS_MONTHS:
        return []
    month_no = _month_number(month_word)
    explicit = int(m["dmy_y"]) if m["dmy_y"] else None
    found = []
    days = [(m.start(), m.end("dmy_d"), _day_number(m["dmy_d"]))] if m["dmy_d2"] else []
    days.append(
        (m.start("dmy_d2") if m["dmy_d2"] else m.start(), m.end(), _day_number(m["dmy_d2"] or m["dmy_d"]))
    )
    for start, end, dom in days:
        period = (
            cal.make_day(explicit, month_no, dom)
            if explicit
            else ctx.complete_day(month_no, dom, (start, end))
        )
        if period is None and explicit:
            return []
        found.append(_day_timex(ctx, start, end, period, f"XXXX-{month_no:02d}-{dom:02d}"))
    return found


def month_year(m: re.Match[str], ctx: Context) -> Found:
    """November 2010, end-March 1988, June of 2025."""
    period = cal.month(int(m["my_y"]), _month_number(m["my_m"]))
    original = ctx.text[m.start("my_m") : m.end("my_m")]
    if period is None or not (original[:1].isupper() or m["my_m"].rstrip(".") not in _AMBIGUOUS_MONTHS):
        return []
    return [ctx.date_of(m, period)]


def quarter(m: re.Match[str], ctx: Context) -> Found:
    """first quarter, 4th qtr, Q2 2025, the second half of 1986, first-quarter, 1986 4th qtr."""
    kind = "half" if (m["q_unit"] == "half" or m["h_num"]) else "quarter"
    ordinal = m["q_ord"]
    number = 4 if ordinal == "final" else lex.ORDINALS.get(ordinal or "", 0) or int(m["q_num"] or m["h_num"])
    if (kind == "half" and number > 2) or table_header(ctx, m.start(), m.end()):
        return []
    builder = cal.half if kind == "half" else cal.quarter
    explicit = m["q_year1"] or m["q_year"]
    period = None
    if explicit:
        period = builder(int(explicit), number)
    elif m["q_rel"] and ctx.anchor_year:
        period = builder(ctx.anchor_year + {"this": 0, "last": -1, "next": 1}[m["q_rel"]], number)
    elif not m["q_rel"]:
        period = ctx.complete_period(kind, number, ctx.tense(m.start(), m.end()))
    letter = "H" if kind == "half" else "Q"
    if period is None:
        return [ctx.timex(m.start(), m.end(), "DATE", f"XXXX-{letter}{number}")]
    return [ctx.date_of(m, period)]


def year_range(m: re.Match[str], ctx: Context) -> Found:
    """1987-89, from 1992 to 1999, between 1992 and 1999: both ends."""
    first = int(m["yr_a"])
    tail = m["yr_b"]
    second = int(tail) if len(tail) == 4 else first - first % 100 + int(tail)
    if len(tail) == 2 and second <= first:
        second += 100
    if m["yr_word"] == "and" and not m["yr_from"] and len(tail) == 4:
        # "in 1987, 1988 and 1989" is a list, not a range: two years of their own.
        return bare_year_at(ctx, m.start("yr_a"), m.end("yr_a")) + bare_year_at(
            ctx, m.start("yr_b"), m.end("yr_b")
        )
    if clock_time(ctx, m.start("yr_b"), m.end("yr_b")):
        # `1200 to 1300 GMT` is a session, but `due 1992 to 1700 CDT` keeps its year (no 19:92)
        return [] if first % 100 < 60 else bare_year_at(ctx, m.start("yr_a"), m.end("yr_a"))
    if not 0 < second - first <= 100 or (m["yr_word"] == "and" and not m["yr_from"]):
        return bare_year_at(ctx, m.start("yr_a"), m.end("yr_a"))
    if next_word(ctx, m.end()) in lex.QUANTITY_NOUNS or previous_word(ctx, m.start()) in lex.NUMBER_LABELS:
        return []
    found = []
    for start, end, number in (
        (m.start("yr_a"), m.end("yr_a"), first),
        (m.start("yr_b"), m.end("yr_b"), second),
    ):
        period = cal.year(number)
        if period:
            found.append(ctx.timex(start, end, "DATE", period.value, period))
    return found


def decade(m: re.Match[str], ctx: Context) -> Found:
    """the 1990s, the '90s, the nineties, mid-1980s: 199X."""
    words = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")
    if m["dec_y"] and len(m["dec_y"]) == 3:
        start_year = int(m["dec_y"]) * 10
    else:
        digit = int(m["dec_y"] or m["dec_short"] or words.index(m["dec_word"]) + 2)
        if m["dec_y"] and not ctx.lower.startswith("the", m.start()):
            return []  # "in their 30s" is an age
        reference = ctx.anchor_year or 1999
        start_year = reference - reference % 100 + digit * 10
        if start_year > reference:
            start_year -= 100
    period = cal.decade(start_year)
    if period is None:
        return []
    return [ctx.date_of(m, period)]


def century(m: re.Match[str], ctx: Context) -> Found:
    """the 20th century: 19XX."""
    period = cal.century(int(m["cen_n"]) - 1)
    return [ctx.date_of(m, period)] if period else []


def edge_year(m: re.Match[str], ctx: Context) -> Found:
    """late 1987, mid-1987, end-1987, early 2025."""
    period = cal.year(int(m["ey_y"]))
    if period is None or next_word(ctx, m.end()) in lex.QUANTITY_NOUNS:
        return []
    return [ctx.date_of(m, period)]


def fiscal(m: re.Match[str], ctx: Context) -> Found:
    """fiscal 1987, fiscal year 1987, FY2025, calendar 1986, the year 2000."""
    digits = m["fs_y"]
    number = int(digits) if len(digits) == 4 else _two_digit_year(ctx, int(digits))
    period = cal.year(number)
    if period is None:
        return []
    return [ctx.date_of(m, period)]


def bare_month(m: re.Match[str], ctx: Context) -> Found:
    """March, in March, early May, mid-March, end-March: the month the tense points to."""
    word = m["mo_name"]
    if not month_ok(ctx, m.start("mo_name"), word):
        return []
    number = _month_number(word)
    end = m.end()
    if m["mo_rel"]:  # "November next year"
        year = ctx.anchor_year
        period = cal.month(year + {"this": 0, "last": -1, "next": 1}[m["mo_rel"]], number) if year else None
    else:
        period = ctx.complete_month(number, (m.start(), end))
    if period is None:
        return [ctx.timex(m.start(), end, "DATE", f"XXXX-{number:02d}")]
    return [ctx.timex(m.start(), end, "DATE", period.value, period)]


def bare_year(m: re.Match[str], ctx: Context) -> Found:
    """1987 standing alone, unless the context makes it a quantity, an identifier or a table figure."""
    return bare_year_at(ctx, m.start(), m.end())


def bare_year_at(ctx: Context, start: int, end: int) -> Found:
    """The year text[start:end] when it reads as a year."""
    number = int(ctx.lower[start:end])
    before = previous_word(ctx, start)
    after = next_word(ctx, end)
    if before in lex.NUMBER_LABELS or after in lex.QUANTITY_NOUNS or "vs" in (before.rstrip("."), after):
        return []
    if ctx.lower[start - 1 : start] in ("$", "£", "€", "#", "-", "/", ".", ",", "+"):
        return []
    if clock_time(ctx, start, end):
        return []
    if (number < 1900 and before not in lex.YEAR_LEADS) or before in lex.APPROXIMATORS:
        return []
    period = cal.year(number)
    return [ctx.timex(start, end, "DATE", period.value, period)] if period else []
