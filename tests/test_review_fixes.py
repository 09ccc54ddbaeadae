"""Fixes found in review: each test pins one general rule on invented newsroom sentences."""

from __future__ import annotations

import time

from osceq.extract.firm_prefixes import firm_prefix_length
from osceq.extract.quote_kinds import quote_kind
from osceq.extract.quotemarks import Pair
from osceq.extract.subjects import subject_names
from osceq.extract.tokens import tokenize
from tests.quote_helpers import body


def test_a_long_run_of_blanks_inside_the_lead_of_a_quote_is_stripped_in_linear_time() -> None:
    # A damaged page may pad a line with thousands of spaces; the lead's blank end is stripped with
    # str.rstrip, whose time does not grow with the square of a blank run that a word then ends.
    lead = "The mill" + " " * 20_000 + "reopened, \u200b "
    text = lead + '"We kept every loom."'
    pair = Pair(len(lead), len(lead) + 1, len(text) - 1, len(text), False, True)
    started = time.process_time()
    kind = quote_kind(text, pair, 0, len(text))
    assert time.process_time() - started < 0.5
    assert kind == "partial"


def test_a_possessor_keeps_the_pronoun_when_the_surname_only_begins_a_longer_word() -> None:
    # "Lee" is not named again in "Leeds": "he" goes on with the man whose rival Lee is.
    text = (
        "Tomas Brenner lost the race for mayor. His rival, Robin Lee, won the seat in Leeds. "
        '"I will ask for a recount," he said.'
    )
    assert [(q.text, q.speaker) for q in body(text)] == [("I will ask for a recount,", "Tomas Brenner")]


def test_only_he_or_she_announces_a_stance_a_thing_or_a_group_does_not() -> None:
    # "It was upbeat." is about a thing: the next quotation goes on with the paragraph's speaker.
    text = '"We won the vote," Ann Lee said. It was upbeat. "We will sell more."'
    assert [(q.text, q.speaker, q.mention.text if q.mention else None) for q in body(text)] == [
        ("We won the vote,", "Ann Lee", "Ann Lee"),
        ("We will sell more.", "Ann Lee", "Ann Lee"),
    ]
    text = '"We won the vote," Ann Lee said. She was upbeat. "We will sell more."'
    assert [(q.text, q.speaker, q.mention.text if q.mention else None) for q in body(text)] == [
        ("We won the vote,", "Ann Lee", "Ann Lee"),
        ("We will sell more.", "Ann Lee", "She"),
    ]


def _subjects(sentence: str) -> list[str]:
    return [name for _, name, _ in subject_names(tokenize(sentence, 0, len(sentence)))]


def test_a_plural_opening_is_a_list_only_when_a_list_verb_follows_it() -> None:
    # "These include A of X, B of Y": a list; "These days in Westford, Ann Lee …": her sentence.
    assert _subjects("These include Ann Lee of Westford Bank, Ivo Marsh of Corvel Trust and others.") == []
    assert _subjects("Those were Ann Lee of Westford Bank, Ivo Marsh of Corvel Trust and others.") == []
    assert _subjects("These days in Westford, Ann Lee bakes bread for the whole street.") == ["Ann Lee"]


def test_a_paragraph_of_many_fragments_after_one_speaker_is_read_in_linear_time() -> None:
    # Each fragment with no speaker looks back to the last quote that has one: the sentence breaks
    # between them are counted from one list, not found again from that quote for every fragment.
    one = 'The pier plan "is doomed by now, as nobody will fix it." Work stops at noon.'
    text = '"We will go on," Ann Lee said. ' + " ".join([one] * 1000)
    started = time.process_time()
    quotes = body(text)
    assert time.process_time() - started < 2.0
    assert [(q.text, q.speaker) for q in quotes[:3]] == [
        ("We will go on,", "Ann Lee"),
        ("is doomed by now, as nobody will fix it.", "Ann Lee"),
        ("is doomed by now, as nobody will fix it.", None),
    ]
    assert len(quotes) == 1001


def _cut(text: str, run: str) -> str:
    start = text.index(run)
    return run[: firm_prefix_length(text, start, run)]


def test_a_firm_is_cut_off_a_persons_name_only_after_a_firm_office_or_title_word() -> None:
    text = "said Edda Marr, an analyst at Harrow Bank Helen Voss"
    assert _cut(text, "Harrow Bank Helen Voss") == "Harrow Bank "
    text = "said Edda Marr, the Professor of Medicine Helen Voss"
    assert _cut(text, "Medicine Helen Voss") == "Medicine "
    text = "said Edda Marr, a branch manager of Harrow Suisse Helen Voss"
    assert _cut(text, "Harrow Suisse Helen Voss") == "Harrow Suisse "
    text = "in an interview with Corvel Radio's Helen Voss"
    assert _cut(text, "Corvel Radio's Helen Voss") == "Corvel Radio's "
    text = "a strong lead for Republican Helen Voss"
    assert _cut(text, "Republican Helen Voss") == "Republican "


def test_no_firm_is_cut_off_before_a_given_name_that_leaves_a_firms_words_or_after_a_name() -> None:
    # The words left would be a firm's ("Stanley Asset Management"), or the word cut off may be a
    # given name of the same person ("Kojo" in "Kojo Anthony Mensah").
    text = "said Edda Marr, a director of Corvel Stanley Asset Management"
    assert _cut(text, "Corvel Stanley Asset Management") == ""
    text = "said Edda Marr, a vice president of Corvel Stanley International"
    assert _cut(text, "Corvel Stanley International") == ""
    text = "the bonds are the joint obligation of Vista Barbara Savings"
    assert _cut(text, "Vista Barbara Savings") == ""
    text = "the new book of Kojo Anthony Mensah"
    assert _cut(text, "Kojo Anthony Mensah") == ""
