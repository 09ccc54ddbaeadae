"""The article's own date: given value, metadata, dateline, or inferred without inventing a day."""

from __future__ import annotations

from datetime import date

import pytest

from osceq.extract import layout
from osceq.extract.dates import article_date
from osceq.models import ArticleDate


def date_of(text: str, given: str | None = None, extra: dict[str, str] | None = None) -> ArticleDate | None:
    metadata = layout.read_metadata(text)
    blocks = layout.segment(text, metadata)
    return article_date(text, blocks, {**metadata.fields, **(extra or {})}, given)


BODY = "The league met in Lyon.\n\nIt will meet again soon."


@pytest.mark.parametrize(
    ("given", "value"),
    [
        ("2025-06-10", "2025-06-10"),
        ("2025-06-10T12:30:00Z", "2025-06-10"),
        ("2025-06-10 15:01:01", "2025-06-10"),
        ("June 10, 2025", "2025-06-10"),
        ("10 June 2025", "2025-06-10"),
        ("Tue, 10 Jun 2025 12:00:00 +0000", "2025-06-10"),
        ("2025-06", "2025-06"),
        ("2025", "2025"),
    ],
)
def test_a_given_date_wins_in_any_common_spelling(given: str, value: str) -> None:
    found = date_of("Date: 1999-01-01\n\n" + BODY, given)
    assert found is not None
    assert (found.value, found.source, found.inferred) == (value, "jsonl", False)


def test_a_given_value_that_is_no_date_falls_back_to_the_metadata() -> None:
    found = date_of("Date: 1987-03-11 14:20:05\n\n" + BODY, "yesterday-ish")
    assert found is not None and (found.value, found.source) == ("1987-03-11", "metadata")


def test_newswire_header_date() -> None:
    text = "DOVER FERRY REVIEW\nDate: 1987-03-11 14:20:05\n\nDOVER, Mar 11 - Ferries ran late."
    found = date_of(text)
    assert found is not None
    assert (found.value, found.first_day, found.last_day, found.source) == (
        "1987-03-11",
        date(1987, 3, 11),
        date(1987, 3, 11),
        "metadata",
    )


@pytest.mark.parametrize(
    ("header", "value"),
    [
        ("May 3, 2024", "2024-05-03"),
        ("By Jane Roe\nFriday, 3 May 2024, 10:32 a.m.", "2024-05-03"),
        # the first publication, not the last update
        ("Updated May 9, 2024\nPublished on May 3, 2024", "2024-05-03"),
    ],
)
def test_a_date_line_under_the_headline_dates_the_article(header: str, value: str) -> None:
    found = date_of(f"Talks Resume in Vienna\n{header}\n\nThe talks resumed in 2023 and 2024.\n\n" + BODY)
    assert found is not None
    assert (found.value, found.inferred) == (value, False)


def test_front_matter_date() -> None:
    found = date_of("---\ntitle: Talks\ndate: 2024-11-05\n---\n\n" + BODY)
    assert found is not None and (found.value, found.source) == ("2024-11-05", "front-matter")


def test_a_year_alone_stays_a_year() -> None:
    found = date_of(BODY + "\n\nYear: 2014\nCity: Almaty")
    assert found is not None
    assert (found.value, found.first_day, found.last_day) == ("2014", date(2014, 1, 1), date(2014, 12, 31))


def test_the_dateline_gives_the_day_and_the_metadata_the_year() -> None:
    found = date_of("Year: 1987\n\nSALVADOR, Feb 26 - Showers continued in the cocoa zone.")
    assert found is not None and (found.value, found.source) == ("1987-02-26", "dateline")


@pytest.mark.parametrize(
    ("opening", "value"),
    [
        ("TALLINN, March 4, 2024 - The port reopened.", "2024-03-04"),
        ("TALLINN, Estonia, March 4, 2024 — The port reopened.", "2024-03-04"),
        ("NEW YORK, Sept. 14, 2023 /Newswire/ -- The fund closed.", "2023-09-14"),
        ("Jan 5, 2020 - The port reopened after the storm.", "2020-01-05"),
    ],
)
def test_a_dateline_with_its_own_year_dates_the_article(opening: str, value: str) -> None:
    found = date_of(opening + "\n\nShips queued in 2019 and again this week.")
    assert found is not None
    assert (found.value, found.source, found.inferred) == (value, "dateline", False)


def test_a_full_date_in_the_metadata_outranks_the_dateline() -> None:
    found = date_of("Date: 2024-03-05\n\nTALLINN, March 4, 2024 - The port reopened.")
    assert found is not None and (found.value, found.source) == ("2024-03-05", "metadata")


@pytest.mark.parametrize(
    ("metadata", "value", "source"),
    [
        ("Date: 2024-03", "2024-03-04", "dateline"),  # the dateline's day inside the metadata's month
        ("Date: 2019", "2019", "metadata"),  # a dateline outside the metadata's year is no dateline
    ],
)
def test_a_dated_dateline_must_agree_with_a_partial_metadata_date(
    metadata: str, value: str, source: str
) -> None:
    found = date_of(f"{metadata}\n\nTALLINN, March 4, 2024 - The port reopened.")
    assert found is not None and (found.value, found.source) == (value, source)


def test_a_sentence_opening_with_a_date_is_no_dateline() -> None:
    found = date_of("On March 4, 2024 - a Monday - the port reopened.\n\nIt will close in 2025.")
    assert found is None


def test_without_any_date_the_year_is_inferred_from_the_text_and_no_day_is_invented() -> None:
    text = "Chile joined the league in 1992.\n\nNorway holds the chair in 2025."
    found = date_of(text)
    assert found is not None
    assert (found.value, found.source, found.inferred) == ("2025", "inferred", True)
    assert (found.first_day, found.last_day) == (date(2025, 1, 1), date(2025, 12, 31))


def test_years_that_look_ahead_do_not_date_the_article() -> None:
    text = "The budget covers 2021.\n\nIt runs until 2030 and will be reviewed in 2027."
    found = date_of(text)
    assert found is not None and found.value == "2021"


@pytest.mark.parametrize(
    "text",
    [
        "The city hosted the games in 2012, the last time it did so.",
        "She has been in office since 2020.\n\nVoters welcomed her plans.",
        "The treaty was signed in 1995. Its critics remain many.",
    ],
)
def test_a_year_stated_for_the_past_only_bounds_the_date_so_it_dates_nothing(text: str) -> None:
    assert date_of(text) is None


def test_an_inferred_year_completes_a_dateline() -> None:
    text = (
        "Minister visits Tarvik\n\nTARVIK, June 10 - The minister arrived.\n\nThe 2019 session is her first."
    )
    found = date_of(text)
    assert found is not None and (found.value, found.inferred) == ("2019-06-10", True)


@pytest.mark.parametrize("text", ["", "No dates here at all.", "Call 2882015 now about the 10 Principles."])
def test_no_date_at_all(text: str) -> None:
    assert date_of(text) is None


def test_metadata_passed_by_the_caller_counts_too() -> None:
    found = date_of(BODY, extra={"published": "March 3, 2011"})
    assert found is not None and found.value == "2011-03-03"
