"""Grouping reports of one statement: the shortcuts give what comparing with every group gives."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from osceq.query.grouping import group_reports, same_statement, same_words
from osceq.query.quotes import content_stems


def _stems(text: str) -> list[str]:
    return text.split()


def _every_group_compared(items: list[dict[str, Any]]) -> list[tuple[int, list[int]]]:
    """The plain definition: each quote joins the earliest matching group of another article.

    A quote of fewer than four stems matches only a lead of the same words.
    """
    groups: list[tuple[dict[str, Any], set[str], set[Any], list[int]]] = []
    for item in items:
        stems = set(_stems(item["text"]))
        for lead, lead_stems, docs, reports in groups:
            if (
                item["speaker"]
                and lead["speaker"] == item["speaker"]
                and item["doc"] not in docs
                and (
                    same_words(item["text"]) == same_words(lead["text"])
                    if len(stems) < 4
                    else same_statement(stems, lead_stems)
                )
            ):
                docs.add(item["doc"])
                reports.append(item["start"])
                break
        else:
            groups.append((item, stems, {item["doc"]}, []))
    return [(lead["start"], reports) for lead, _, _, reports in groups]


def _shape(leads: list[dict[str, Any]]) -> list[tuple[int, list[int]]]:
    return [(lead["start"], [report["start"] for report in lead["reports"]]) for lead in leads]


WORDS = [f"w{n}" for n in range(8)]
QUOTE = st.tuples(
    st.lists(st.sampled_from(WORDS), max_size=7),
    st.sampled_from(["Ann", "Ann", "Bo", None]),
    st.sampled_from("abcde"),
)


@settings(max_examples=500, deadline=None)
@given(st.lists(QUOTE, min_size=1, max_size=30), st.lists(st.integers(min_value=0), max_size=15))
def test_grouping_equals_comparing_with_every_group(quotes: list[Any], repeats: list[int]) -> None:
    # Appending copies of earlier quotes (same words, speaker and article) exercises repeats.
    rows = list(quotes)
    for pick in repeats:
        rows.append(rows[pick % len(rows)])
    items = [
        {"text": " ".join(words), "speaker": speaker, "doc": doc, "start": n}
        for n, (words, speaker, doc) in enumerate(rows)
    ]
    expected = _every_group_compared([dict(item) for item in items])
    assert _shape(group_reports(items, _stems)) == expected


def test_a_repeat_joins_the_next_group_its_first_report_could_not() -> None:
    # "a" joins b's group; its repeat in "a" cannot, so it joins c's, which differs from b's.
    items = [
        {"text": "w1 w2 w3 w4", "speaker": "Ann", "doc": "b", "start": 0},
        {"text": "w3 w4 w5 w6 w7 w8", "speaker": "Ann", "doc": "c", "start": 1},
        {"text": "w1 w2 w3 w4 w5 w6", "speaker": "Ann", "doc": "a", "start": 2},
        {"text": "w1 w2 w3 w4 w5 w6", "speaker": "Ann", "doc": "a", "start": 3},
        {"text": "w1 w2 w3 w4 w5 w6", "speaker": "Ann", "doc": "a", "start": 4},
    ]
    assert _shape(group_reports(items, _stems)) == [(0, [2]), (1, [3]), (4, [])]


def test_one_statement_in_three_articles_is_one_group_and_a_repeat_in_one_article_is_not() -> None:
    text = "tariffs will protect the harbour jobs"
    items = [
        {"text": text, "speaker": "Ann", "doc": "a", "start": 0},
        {"text": text, "speaker": "Ann", "doc": "a", "start": 1},
        {"text": text + " this year", "speaker": "Ann", "doc": "b", "start": 2},
        {"text": text, "speaker": "Bo", "doc": "c", "start": 3},
        {"text": text, "speaker": "Ann", "doc": "c", "start": 4},
    ]
    assert _shape(group_reports(items, _stems)) == [(0, [2, 4]), (1, []), (3, [])]


def test_identical_short_statements_in_several_articles_are_one_group() -> None:
    items = [
        {"text": "Trust takes time,", "speaker": "Ann", "doc": "a", "start": 0},
        {"text": "trust takes time.", "speaker": "Ann", "doc": "b", "start": 1},
        {"text": "Trust takes time", "speaker": "Ann", "doc": "b", "start": 2},
        {"text": "‘Trust’ takes time —", "speaker": "Ann", "doc": "c", "start": 3},
        {"text": "Trust takes a long time,", "speaker": "Ann", "doc": "d", "start": 4},
        {"text": "Trust takes time,", "speaker": "Bo", "doc": "d", "start": 5},
        {"text": "Trust takes time,", "speaker": None, "doc": "e", "start": 6},
        {"text": "Trust takes time,", "speaker": None, "doc": "f", "start": 7},
        {"text": "No.", "speaker": "Ann", "doc": "e", "start": 8},
        {"text": "no", "speaker": "Ann", "doc": "f", "start": 9},
    ]
    shape = _shape(group_reports(items, content_stems))
    assert shape == [(0, [1, 3]), (2, []), (4, []), (5, []), (6, []), (7, []), (8, [9])]
