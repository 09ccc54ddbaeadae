"""Wire copy set in lower case: names introduced by a title before a reporting verb are read
(invented names and sentences only)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from osceq.extract.lower_case import with_names_capitalised, written_in_lower_case
from tests.quote_helpers import body

_LOWER = (
    "kestria plans to build three new ferry piers by the autumn, twice as many as it built in the spring, "
    "finance minister peter vance told reporters at the harbour office in dover on friday.\n"
    '"we have started looking for builders who can do it in time," he said.\n'
    "the harbour boards were ready to cut their fees for the summer, but few of them expected more "
    "traffic soon, pilots said after the talks.\n"
    '"the piers will pay for themselves within ten years," vance said.\n'
)


def test_a_lower_case_article_shows_the_name_a_title_introduces() -> None:
    speakers = [q.speaker for q in body(_LOWER)]
    assert speakers == ["Peter Vance", "Peter Vance"]
    # The quotes and mentions keep the text as written.
    assert all(q.mention is not None and q.mention.text.islower() for q in body(_LOWER))


def test_only_plain_words_between_a_title_and_a_verb_are_a_name() -> None:
    text = _LOWER + "the minister later also told reporters that the bank president again said no.\n"
    cased = with_names_capitalised(text)
    assert len(cased) == len(text)
    assert "Peter Vance told" in cased and "Vance said" in cased
    assert "minister later also told" in cased and "president again said" in cased


def test_an_article_in_ordinary_case_is_not_lower_case() -> None:
    text = _LOWER.replace("kestria", "Kestria").replace("peter vance", "Peter Vance").title()
    assert written_in_lower_case(_LOWER, [(0, len(_LOWER))])
    assert not written_in_lower_case(text, [(0, len(text))])


def _capitalised_per_surname(text: str) -> str:
    """The surname pass as first written: one search of the text per surname."""
    import re

    from osceq.extract import lower_case

    found = [*lower_case._NAME_AFTER_TITLE.finditer(text), *lower_case._NAME_BEFORE_PAST.finditer(text)]
    names = [m for m in found if lower_case._introduces_name(m.group(1), m.group(2))]
    characters = list(text)
    surnames = set()
    for found in names:
        lower_case._capitalise_words(characters, found.start(2), found.end(2))
        surnames.add(found.group(2).split()[-1])
    verbs = lower_case._VERBS
    for surname in surnames:
        pattern = rf"\b{re.escape(surname)}(?=\s+(?:{verbs})\b)|\b(?:said|added) ({re.escape(surname)})\b"
        for found in re.finditer(pattern, text):
            at = found.start(1) if found.group(1) else found.start()
            lower_case._capitalise_words(characters, at, at + len(surname))
    return "".join(characters)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "finance minister",
                "ivo marsh",
                "ada roe",
                "vance",
                "marsh",
                "said",
                "told",
                "added",
                "the plan",
                "was fine",
                ".",
                ",",
                "\n",
                "spokesman",
                "tom lee",
                "lee",
            ]
        ),
        max_size=40,
    ).map(" ".join)
)
def test_surnames_are_capitalised_as_by_one_search_per_surname(text: str) -> None:
    assert with_names_capitalised(text) == _capitalised_per_surname(text)


def test_a_time_adverb_between_the_name_and_the_verb_leaves_the_name_readable() -> None:
    text = _LOWER + (
        "Kestria's transport and ports minister olga brandt earlier described the new piers as "
        '"a fine start for the whole coast."\n'
    )
    assert [q.speaker for q in body(text)] == ["Peter Vance", "Peter Vance", "Olga Brandt"]


# Lower-case copy whose sentences open with capitals, and a headline in capitals run into the body.
_SENTENCE_CASED = (
    "Dorran, june 3 - the ferry board will not raise its tolls this year, harbour minister anton "
    "keel told reporters at the pier on tuesday.\n"
    '"we can hold the fees where they are until the new berths open," he said.\n'
    "Keel said the board would meet the pilots again in july. Most of them expected a quiet summer, "
    "and the berths were late.\n"
)


@pytest.mark.parametrize(
    ("text", "lower"),
    [
        (_SENTENCE_CASED, True),  # capitals only opening sentences
        ("FERRY BOARD HOLDS TOLLS - MINISTER\n" + _SENTENCE_CASED, True),  # a headline in capitals
        (_SENTENCE_CASED.replace("anton keel", "Anton Keel").replace("july", "July"), False),
        (_LOWER.title(), False),  # every word capitalised
    ],
)
def test_sentence_openings_and_words_in_capitals_do_not_make_ordinary_case(text: str, lower: bool) -> None:
    assert written_in_lower_case(text, [(0, len(text))]) is lower


def test_a_lower_case_article_with_sentence_capitals_shows_the_name() -> None:
    assert [q.speaker for q in body(_SENTENCE_CASED)] == ["Anton Keel"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a title's name before any past-tense verb, and its surname before `also said`
        (
            "dorran, june 3 - harbour minister anton keel defended the new tolls on tuesday, saying the "
            "ferries would run full again by the summer and the berths would open in time.\n"
            "in a speech to the harbour board, keel also said the pilots would be paid more.\n"
            '"we will not let the piers stand empty," he said.\n',
            ["Anton Keel"],
        ),
        # no name: a run with a verb form or an office word in it
        (
            "dorran, june 3 - the harbour minister quietly defended the new tolls on tuesday, saying "
            "the ferries would run full again by the summer and the berths would open in time.\n"
            "in a speech to the harbour board, the minister also said the pilots would be paid more.\n"
            '"we will not let the piers stand empty," he said.\n',
            ["the minister"],
        ),
    ],
)
def test_a_lower_case_name_before_any_past_verb_is_read(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in body(text)] == speakers


_PAST_VERB_TRAPS = (
    "dorran, may 4 - under president ivo dell exports dropped sharply last year as the ferry trade fell "
    "and the harbour fees rose, the trade board said on monday.\n"
    "the board of chairman harbour pilots backed the plan to cut the fees by a third in june.\n"
    '"we are paying the bills but the piers stand empty," the president said.\n'
)


def test_before_a_past_verb_only_two_plain_words_make_a_name() -> None:
    # Three words may hold the subject's noun, and a plural is no surname.
    cased = with_names_capitalised(_PAST_VERB_TRAPS)
    assert "Exports" not in cased and "Harbour Pilots" not in cased
    assert [q.speaker for q in body(_PAST_VERB_TRAPS)] == ["the president"]
    # Two plain words before a past verb still make a name.
    assert "Anton Keel defended" in with_names_capitalised("harbour minister anton keel defended the tolls.")


_ORDINARY_FEW_NAMES = (
    "The ferry board met on Tuesday to weigh the new tolls for the coming summer season at the pier.\n"
    "Mr. Vance said the fees would stay where they were until the new berths opened in the autumn.\n"
    "Dr. Roe agreed, and the pilots were told that traffic had risen by 1.5 pct over the past year.\n"
)
_TABLE = (
    "Qtr per share gain nine cents against gain four cents\nNet gain 318,400 against loss 27,600\n"
    "Sales 7.2 mln against 6.1 mln\nNine mths\nPer share gain 21 cents against gain 11 cents\n"
    "Net gain 802,300 against gain 160,900\nSales 22.7 mln against 19.5 mln\n"
    "Remark: the figures leave out the closing of the barge yard, a charge of 48,200 pesos in the period.\n"
    "Bookings climbed to 8.6 mln pesos from 7.7 mln pesos\nStock shrank to 2.9 mln pesos from 3.4 mln\n"
)


@pytest.mark.parametrize(
    ("text", "lower"),
    [
        # Capitals after `Mr.`/`Dr.`, after a decimal point or opening a table's lines open no
        # sentence: they are the names and labels of ordinary copy.
        (_ORDINARY_FEW_NAMES, False),
        (_TABLE, False),
        (_TABLE.upper(), False),  # copy all in capitals
        # Lower-case copy with its place capitalised stays lower case.
        (_LOWER.replace("kestria plans", "Kestria plans"), True),
        (_SENTENCE_CASED, True),
    ],
)
def test_only_true_sentence_openings_are_set_aside(text: str, lower: bool) -> None:
    assert written_in_lower_case(text, [(0, len(text))]) is lower
