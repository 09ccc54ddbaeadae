"""Temporal expressions: tables of (sentence, article date, expression, TIMEX3 type and value).

The article date of most rows is Thursday 12 June 2025 (ISO week 2025-W24). Every expected value
was worked out by hand from the TimeML TIMEX3 guidelines, not read off the engine's output.
"""

from __future__ import annotations

from datetime import date

import pytest

from osceq.extract.dates import extract_timexes, parse_date
from osceq.models import ArticleDate, TimeExpression

THURSDAY = "2025-06-12"


def anchor(value: str | None) -> ArticleDate | None:
    """An article date from a TIMEX3-style value."""
    if value is None:
        return None
    period = parse_date(value)
    assert period is not None
    return ArticleDate(period.value, period.first, period.last, "test")


def tag(text: str, dct: str | None = THURSDAY) -> list[TimeExpression]:
    return extract_timexes(text, anchor(dct))


def found(text: str, dct: str | None = THURSDAY) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


# (sentence, article date, expression, type, value)
POSITIVE = [
    # relative days
    ("She arrived in the capital yesterday.", THURSDAY, "yesterday", "DATE", "2025-06-11"),
    ("He will leave tomorrow.", THURSDAY, "tomorrow", "DATE", "2025-06-13"),
    ("The talks ended today.", THURSDAY, "today", "DATE", "2025-06-12"),
    ("Prices fell two days ago.", THURSDAY, "two days ago", "DATE", "2025-06-10"),
    ("Officials met last night.", THURSDAY, "last night", "TIME", "2025-06-11TNI"),
    ("The vote is expected tonight.", THURSDAY, "tonight", "TIME", "2025-06-12TNI"),
    ("Troops arrived this morning.", THURSDAY, "this morning", "TIME", "2025-06-12TMO"),
    ("The plan was announced earlier today.", THURSDAY, "earlier today", "DATE", "2025-06-12"),
    # weeks
    ("The minister resigned last week.", THURSDAY, "last week", "DATE", "2025-W23"),
    ("The summit takes place this week.", THURSDAY, "this week", "DATE", "2025-W24"),
    ("Talks resume next week.", THURSDAY, "next week", "DATE", "2025-W25"),
    ("The deal was signed two weeks ago.", THURSDAY, "two weeks ago", "DATE", "2025-W22"),
    ("Protesters gathered last weekend.", THURSDAY, "last weekend", "DATE", "2025-W23-WE"),
    # months
    ("Exports fell last month.", THURSDAY, "last month", "DATE", "2025-05"),
    ("The report is due next month.", THURSDAY, "next month", "DATE", "2025-07"),
    ("Inflation rose three months ago.", THURSDAY, "three months ago", "DATE", "2025-03"),
    ("The law was passed in March.", THURSDAY, "March", "DATE", "2025-03"),
    ("The law will take effect in March.", THURSDAY, "March", "DATE", "2026-03"),
    ("The parliament was dissolved in December.", THURSDAY, "December", "DATE", "2024-12"),
    ("Elections will be held in December.", THURSDAY, "December", "DATE", "2025-12"),
    ("The treaty was signed last February.", THURSDAY, "last February", "DATE", "2025-02"),
    ("The station opens next March.", THURSDAY, "next March", "DATE", "2026-03"),
    ("Sales rose in early May.", THURSDAY, "early May", "DATE", "2025-05"),
    ("The club favours a regatta in November next year.", THURSDAY, "November next year", "DATE", "2026-11"),
    ("The markets were closed for Christmas.", THURSDAY, "Christmas", "DATE", "2024-12-25"),
    ("Thanksgiving 2012 was cold.", THURSDAY, "Thanksgiving 2012", "DATE", "2012-11-22"),
    ("He spoke on Good Friday.", THURSDAY, "Good Friday", "DATE", "2025-04-18"),
    ("Protests spread over the weekend.", THURSDAY, "the weekend", "DATE", "2025-W23-WE"),
    # a reporting verb dates the report, not the event; an adjective in -ed has no tense
    ("A conference begins on July 15, officials said today.", THURSDAY, "July 15", "DATE", "2025-07-15"),
    (
        "With the July 15 deadline near, confused taxpayers will rush.",
        THURSDAY,
        "July 15",
        "DATE",
        "2025-07-15",
    ),
    ("It agreed to extend the contract through July 10.", THURSDAY, "July 10", "DATE", "2025-07-10"),
    ("Jets hit the terminal in the afternoon.", THURSDAY, "the afternoon", "TIME", "2025-06-12TAF"),
    (
        "Its U.S. output in May fell. Its U.S. truck output in the month rose.",
        THURSDAY,
        "the month",
        "DATE",
        "2025-05",
    ),
    ("The fiscal year will end April 30.", THURSDAY, "April 30", "DATE", "2026-04-30"),
    ("PENINSULAR AND ORIENTAL 1986 YEAR", THURSDAY, "1986", "DATE", "1986"),
    # years
    ("Growth slowed last year.", THURSDAY, "last year", "DATE", "2024"),
    ("Norway chairs the council this year.", THURSDAY, "this year", "DATE", "2025"),
    ("Chile will host it next year.", THURSDAY, "next year", "DATE", "2026"),
    ("Norway joined two years ago.", THURSDAY, "two years ago", "DATE", "2023"),
    ("Prices rose earlier this year.", THURSDAY, "earlier this year", "DATE", "2025"),
    ("It chaired the council in 2010.", THURSDAY, "2010", "DATE", "2010"),
    ("The fund was set up in fiscal 1987.", THURSDAY, "fiscal 1987", "DATE", "1987"),
    ("Output recovered in late 1987.", THURSDAY, "late 1987", "DATE", "1987"),
    # weekdays: the tense chooses the direction
    ("The minister resigned on Monday.", THURSDAY, "Monday", "DATE", "2025-06-09"),
    ("The minister will resign on Monday.", THURSDAY, "Monday", "DATE", "2025-06-16"),
    ("The summit is on Friday.", THURSDAY, "Friday", "DATE", "2025-06-13"),
    ("He spoke to reporters on Thursday.", THURSDAY, "Thursday", "DATE", "2025-06-12"),
    ("Rebels attacked the town last Friday.", THURSDAY, "last Friday", "DATE", "2025-06-06"),
    ("The court rules next Monday.", THURSDAY, "next Monday", "DATE", "2025-06-16"),
    ("Friday's attack killed three people.", THURSDAY, "Friday's", "DATE", "2025-06-06"),
    ("The president arrived on Tuesday morning.", THURSDAY, "Tuesday morning", "TIME", "2025-06-10TMO"),
    # a month and day without a year: the tense and the distance choose the year
    ("On June 10, Marsh made her first trip.", THURSDAY, "June 10", "DATE", "2025-06-10"),
    ("The forum was held on May 20.", THURSDAY, "May 20", "DATE", "2025-05-20"),
    ("The forum will be held on May 20.", THURSDAY, "May 20", "DATE", "2026-05-20"),
    ("The forum was held on July 20.", THURSDAY, "July 20", "DATE", "2024-07-20"),
    ("The forum will open on July 20.", THURSDAY, "July 20", "DATE", "2025-07-20"),
    ("The stock will not be delisted on June 13.", THURSDAY, "June 13", "DATE", "2025-06-13"),
    ("Dividends are payable April 15.", "1987-03-24", "April 15", "DATE", "1987-04-15"),
    # full dates in their usual spellings
    ("The summit ended on Dec. 2, 2010.", THURSDAY, "Dec. 2, 2010", "DATE", "2010-12-02"),
    ("It was founded on 10 June 1990.", THURSDAY, "10 June 1990", "DATE", "1990-06-10"),
    ("The filing is dated 2025-06-10.", THURSDAY, "2025-06-10", "DATE", "2025-06-10"),
    ("Later in November 2010, Tarvik hosted the fair.", THURSDAY, "November 2010", "DATE", "2010-11"),
    ("It happened on Monday, June 9, 2025.", THURSDAY, "Monday, June 9, 2025", "DATE", "2025-06-09"),
    ("The form was filed on 6/10/2025.", THURSDAY, "6/10/2025", "DATE", "2025-06-10"),
    ("SALVADOR, Feb 26 - Showers continued.", "1987-02-26", "Feb 26", "DATE", "1987-02-26"),
    # quarters, halves, seasons, decades, centuries
    ("Profits rose in the first quarter.", THURSDAY, "the first quarter", "DATE", "2025-Q1"),
    ("Profits fell in the fourth quarter.", THURSDAY, "the fourth quarter", "DATE", "2024-Q4"),
    ("Sales will improve in the third quarter.", THURSDAY, "the third quarter", "DATE", "2025-Q3"),
    ("First-quarter profit rose.", THURSDAY, "First-quarter", "DATE", "2025-Q1"),
    ("Revenue for Q2 2024 was flat.", THURSDAY, "Q2 2024", "DATE", "2024-Q2"),
    ("Output grew in the second half of 2024.", THURSDAY, "the second half of 2024", "DATE", "2024-H2"),
    (
        "Ferry fares rose in the second quarter last year.",
        THURSDAY,
        "the second quarter last year",
        "DATE",
        "2024-Q2",
    ),
    ("The league will mark the anniversary this summer.", THURSDAY, "this summer", "DATE", "2025-SU"),
    ("Gas ran short last winter.", THURSDAY, "last winter", "DATE", "2024-WI"),
    ("The line opens next spring.", THURSDAY, "next spring", "DATE", "2026-SP"),
    ("It collapsed in the autumn of 1999.", THURSDAY, "the autumn of 1999", "DATE", "1999-FA"),
    ("Trade boomed in the 1990s.", THURSDAY, "the 1990s", "DATE", "199X"),
    ("Rents soared in the '80s.", THURSDAY, "the '80s", "DATE", "198X"),
    ("He grew up in the nineties.", THURSDAY, "the nineties", "DATE", "199X"),
    ("Prices peaked in the mid-1970s.", THURSDAY, "the mid-1970s", "DATE", "197X"),
    ("Borders were redrawn in the 20th century.", THURSDAY, "the 20th century", "DATE", "19XX"),
    # durations
    ("The training lasted two weeks.", THURSDAY, "two weeks", "DURATION", "P2W"),
    ("The loan runs for 15 years.", THURSDAY, "15 years", "DURATION", "P15Y"),
    ("It was the first summit in over a decade.", THURSDAY, "a decade", "DURATION", "P10Y"),
    ("Talks went on for several months.", THURSDAY, "several months", "DURATION", "PXM"),
    ("Prices doubled over the past five years.", THURSDAY, "the past five years", "DURATION", "P5Y"),
    ("The vote took three hours.", THURSDAY, "three hours", "DURATION", "PT3H"),
    (
        "The crossing should take no more than a half-hour.",
        THURSDAY,
        "no more than a half-hour",
        "DURATION",
        "PT30M",
    ),
    ("She began a four-day visit.", THURSDAY, "four-day", "DURATION", "P4D"),
    ("Trade has grown in recent years.", THURSDAY, "recent years", "DURATION", "PXY"),
    (
        "The land must stay free of disease for at least five years.",
        THURSDAY,
        "at least five years",
        "DURATION",
        "P5Y",
    ),
    ("It was the last big fair for 15 years.", THURSDAY, "15 years", "DURATION", "P15Y"),
    ("The grace period is 4-1/2 years.", THURSDAY, "4-1/2 years", "DURATION", "P4.5Y"),
    # sets
    ("The paper is published daily.", THURSDAY, "daily", "SET", "P1D"),
    ("The board meets every week.", THURSDAY, "every week", "SET", "P1W"),
    ("The council meets twice a year.", THURSDAY, "twice a year", "SET", "P1Y"),
    ("Rent is paid each month.", THURSDAY, "each month", "SET", "P1M"),
    ("The market opens every Monday.", THURSDAY, "every Monday", "SET", "XXXX-WXX-1"),
    ("The report is updated annually.", THURSDAY, "annually", "SET", "P1Y"),
    ("Manila will pay 37 mln dlrs a year.", THURSDAY, "a year", "SET", "P1Y"),
    ("The mill cut output by 3,500 tonnes a day.", THURSDAY, "a day", "SET", "P1D"),
    # vague references
    ("The country is now a middle power.", THURSDAY, "now", "DATE", "PRESENT_REF"),
    ("She currently chairs the organization.", THURSDAY, "currently", "DATE", "PRESENT_REF"),
    ("The board recently approved the plan.", THURSDAY, "recently", "DATE", "PAST_REF"),
    ("Such deals were rare in the past.", THURSDAY, "the past", "DATE", "PAST_REF"),
    ("It casts a shadow on the future of the league.", THURSDAY, "the future", "DATE", "FUTURE_REF"),
    ("He is not recommending a halt at present.", THURSDAY, "present", "DATE", "PRESENT_REF"),
    # times of day
    ("The meeting starts at 3 p.m.", THURSDAY, "3 p.m.", "TIME", "2025-06-12T15:00"),
    ("Shares were down by about 0840 GMT.", THURSDAY, "about 0840 GMT", "TIME", "2025-06-12T08:40"),
    ("The polls close at 10:30 tonight.", THURSDAY, "10:30", "TIME", "2025-06-12T10:30"),
    ("Talks broke off at noon.", THURSDAY, "noon", "TIME", "2025-06-12T12:00"),
    # an earlier date of the text anchors "a year earlier", "the previous year", "the year-ago quarter"
    ("Fares in January rose a third from a year earlier.", THURSDAY, "a year earlier", "DATE", "2024-01"),
    (
        "In 1986 the club sold 4,200 tickets, a rise of a fifth over the previous year.",
        THURSDAY,
        "the previous year",
        "DATE",
        "1985",
    ),
    (
        "Net income for the fourth quarter fell from the year-ago quarter.",
        THURSDAY,
        "the year-ago quarter",
        "DATE",
        "2023-Q4",
    ),
    ("Its 1985 regatta was pushed back to the close of that year.", THURSDAY, "that year", "DATE", "1985"),
    # capitals of a wire headline
    ("DOVER JANUARY FERRY BOOKINGS REVISED UP", "1987-03-16", "JANUARY", "DATE", "1987-01"),
    ("ENEX RESOURCES CORP 4TH QTR LOSS", "1987-04-03", "4TH QTR", "DATE", "1986-Q4"),
]


@pytest.mark.parametrize(("text", "dct", "expression", "kind", "value"), POSITIVE)
def test_expression_is_found_and_normalised(
    text: str, dct: str, expression: str, kind: str, value: str
) -> None:
    assert (expression, kind, value) in found(text, dct)


# (sentence, article date, [(expression, value), ...]): ranges and lists give one expression per end.
RANGES = [
    ("Brandt visited Tarvik on June 8-9.", THURSDAY, [("June 8", "2025-06-08"), ("9", "2025-06-09")]),
    (
        "The fair ran on December 1-2, 2010.",
        THURSDAY,
        [("December 1", "2010-12-01"), ("2, 2010", "2010-12-02")],
    ),
    ("He served from 1992 to 1999.", THURSDAY, [("1992", "1992"), ("1999", "1999")]),
    ("Repayments are due in 1987-89.", THURSDAY, [("1987", "1987"), ("89", "1989")]),
    ("The rate was fixed between 2001 and 2005.", THURSDAY, [("2001", "2001"), ("2005", "2005")]),
    ("Trials ran on May 28 and 29.", "1987-06-01", [("May 28", "1987-05-28"), ("29", "1987-05-29")]),
    ("The conference runs June 15-19.", "1987-06-01", [("June 15", "1987-06-15"), ("19", "1987-06-19")]),
    ("It pays in 1987, 1988 and 1989.", THURSDAY, [("1987", "1987"), ("1988", "1988"), ("1989", "1989")]),
    # A range whose second end is a clock time keeps a first end that cannot be one (no 19:92).
    ("The notes fall due 1992 to 1700 CDT holders.", THURSDAY, [("1992", "1992")]),
    # A zone's abbreviation or name used otherwise leaves the year alone.
    ("The 1995 est. output was lower.", THURSDAY, [("1995", "1995")]),
    ("In 1994 Eastern time zones changed.", THURSDAY, [("1994", "1994")]),
    ("Sales in 1987 (1986 est.) rose.", THURSDAY, [("1987", "1987"), ("1986", "1986")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), RANGES)
def test_ranges_and_lists_give_both_ends(text: str, dct: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, dct)] == expected


# Sentences with numbers, names and words that are no temporal expression at all.
NEGATIVE = [
    "The company sold 1,500 shares.",
    "The index closed at 2015 points.",
    "It paid 1987 dlrs a tonne for 2000 tonnes.",
    "Call 2882015 for details.",
    "The organization was founded on the 10 Principles.",
    "All 10 of those principles were violated.",
    "Section 2019 of the code applies.",
    "Prices rose 12 pct and the index fell 3.5%.",
    "He may attend the meeting.",
    "Thousands march in the capital.",
    "The March on Washington drew thousands.",
    "Revenue was 2,025 million euros.",
    "She won a second term.",
    "He sold a quarter of the shares.",
    "Room 1999 was booked.",
    "Net 18,534 vs 27,431",
    "Margins widened to 7/8 pct from 13/16 pct.",
    "People in their 30s voted.",
    "Spring water was scarce.",
    "The fall in prices hurt farmers.",
    "Jan Smith and April Jones founded the firm.",
    "The 1986/87 crop was large.",
    "He scored 2000 points and took 1999 votes.",
    "See page 2010 of the report.",
    "About 2000 troops arrived.",
    "Delays were caused by the fall in river levels.",
    "It was reported by the Sunday Times.",
    # Four-digit clock times of wire copy are no years.
    "Bids close at 1000 EST.",
    "Ferries sail from 0830 to 1415 Pacific time.",
    "Talks ran from 1930 to 2200 Eastern time.",
    "Trading resumes at 2100 hrs.",  # a time of day, not a span of 2,100 hours
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pilots log 1500 hours, up from 1000 hours.",
            [("1500 hours", "PT1500H"), ("1000 hours", "PT1000H")],
        ),
        ("Overtime is capped at 1000 hours a year.", [("1000 hours", "PT1000H"), ("a year", "P1Y")]),
    ],
)
def test_a_span_of_hours_written_in_four_digits_stays_a_duration(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(t.text, t.value) for t in tag(text)] == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_false_dates(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dealing was halted from 1200 to 1300 GMT.", [("1300 GMT", "TIME", "2025-06-12T13:00")]),
        ("The offer lapses after 1930 local time.", [("1930 local time", "TIME", "2025-06-12T19:30")]),
        ("Bids stay open until 1945 (0045 GMT).", [("0045 GMT", "TIME", "2025-06-12T00:45")]),
    ],
)
def test_a_clock_time_with_its_zone_is_a_time_of_the_day_not_a_year(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


def test_the_whole_table_of_a_newswire_article_is_not_a_duration() -> None:
    text = "4TH QTR NET\n\nDOVER, April 9 - Shr 4 cts vs 2 cts\nNet 12,207 vs 30,915\nNine mths\nShr 9 vs 7\n"
    assert [t.text for t in tag(text, "1987-04-09")] == ["4TH QTR", "April 9"]


def test_intervals_cover_the_calendar_period() -> None:
    by_text = {t.text: t for t in tag("It chaired the league in 2010 and hosted the fair in the 1990s.")}
    assert (by_text["2010"].first_day, by_text["2010"].last_day) == (date(2010, 1, 1), date(2010, 12, 31))
    assert by_text["2010"].granularity == "year"
    assert (by_text["the 1990s"].first_day, by_text["the 1990s"].last_day) == (
        date(1990, 1, 1),
        date(1999, 12, 31),
    )
    week = tag("The minister resigned last week.")[0]
    assert (week.first_day, week.last_day, week.granularity) == (date(2025, 6, 2), date(2025, 6, 8), "week")


def test_durations_sets_and_vague_references_have_no_interval() -> None:
    for timex in tag("For two weeks the paper appeared daily, but now it is weekly."):
        assert timex.first_day is None and timex.last_day is None


def test_without_an_anchor_explicit_dates_keep_their_value_and_relative_ones_are_unknown() -> None:
    values = {t.text: t.value for t in tag("On June 10 he said the 2010 summit was last year's news.", None)}
    assert values["2010"] == "2010"
    assert values["June 10"] == "XXXX-06-10"
    assert values["last year"] == "XXXX"


def test_a_year_only_anchor_completes_month_days_but_not_yesterday() -> None:
    values = {
        t.text: t.value for t in tag("On June 10 she came. Yesterday she left. Today it matters.", "2025")
    }
    assert values == {"June 10": "2025-06-10", "Yesterday": "XXXX-XX-XX", "Today": "PRESENT_REF"}


def test_the_dateline_day_is_the_anchor_when_the_wire_stamp_is_a_day_off() -> None:
    text = "BANK DEPOSITS\n\nWELLINGTON, Feb 27 - Deposits rose yesterday, the bank said."
    values = {t.text: t.value for t in tag(text, "1987-02-26")}
    assert values == {"Feb 27": "1987-02-27", "yesterday": "1987-02-26"}


def test_only_blocks_outside_metadata_are_tagged() -> None:
    text = "Date: 2025-06-10\n\nThe talks ended on June 9."
    assert [t.text for t in tag(text)] == ["June 9"]


def test_results_are_sorted_and_offsets_point_at_the_text() -> None:
    text = "In 2010 and again last year, and on June 8-9, the league met; it meets daily now."
    result = tag(text)
    assert [t.start for t in result] == sorted(t.start for t in result)
    assert all(text[t.start : t.end] == t.text for t in result)


def test_later_counted_from_the_present_means_the_present_not_the_future() -> None:
    # The only date before it is the article's own year: "later" counts from an unnamed past event.
    text = "This year we mark fifty years of the treaty. Half a century later, the treaty still holds."
    values = [t.value for t in tag(text, "2025-06-10")]
    assert "2075" not in values
    assert values[-1] == "2025"
