"""Speakers the article gives that were left out: a he or she after an unnamed doer, and more
(invented names and sentences only)."""

from __future__ import annotations

from tests.quote_helpers import body


def test_one_doer_by_an_unlisted_noun_is_the_he_after_it() -> None:
    text = (
        "Mills along the coast cut their orders again.\n\n"
        '"Nobody will buy beans at these levels," one Tarvian roaster said.\n\n'
        '"We wait for the spring crop to come in," he added.'
    )
    assert [q.speaker for q in body(text)] == ["one Tarvian roaster", "one Tarvian roaster"]


def test_a_person_after_a_firms_possessive_in_s_apostrophe_speaks() -> None:
    text = (
        "Ivo Varga, chief economist at Tarvo Metrics, expects no change.\n\n"
        '"Nothing in these figures moves the bank," Tarvo Metrics\' Varga said.\n\n'
        '"Rates will hold," said Lumen Partners\' Ada Roe.'
    )
    assert [q.speaker for q in body(text)] == ["Ivo Varga", "Ada Roe"]


def test_a_long_office_before_the_name_in_a_closing_tag() -> None:
    text = (
        "The hearing ran late.\n\n"
        '"Grazing fees must rise this year," U.S. Bureau of Land Affairs Acting Director Ada Roe said.'
    )
    assert [q.speaker for q in body(text)] == ["Ada Roe"]
