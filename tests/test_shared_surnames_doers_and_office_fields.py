"""Mends of review26b's findings on the miss25 and left25 branches (invented names and sentences
only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def test_two_people_sharing_a_surname_after_different_articles_leave_it_no_ones() -> None:
    text = 'Ahmed al-Tarwa and Omar el-Tarwa spoke.\n\n"Nothing changed," Tarwa said.'
    assert [q.speaker for q in body(text)] == ["Tarwa"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Several dispensers said error, according to the staff.",
        "Several printers said the paper was bad.",
        "The printers said error.",
    ],
)
def test_machines_by_a_doers_plural_are_no_they(sentence: str) -> None:
    text = f'{sentence}\n\n"We had to close," they said.'
    assert [q.speaker for q in body(text)] == [None]


def test_doers_by_an_ers_plural_saying_a_that_clause_are_the_they() -> None:
    text = 'Several vintners said that the harvest was thin.\n\n"We had to close," they said.'
    assert [q.speaker for q in body(text)] == ["Several vintners"]


def test_a_bare_surname_the_article_gives_a_person_is_no_firms_it() -> None:
    text = (
        "Tarnmoor Motor Co cut prices. Jane Tarnmoor, an analyst, was unhappy.\n\n"
        '"Bad move," Tarnmoor said. It added that "costs will bite."'
    )
    assert [q.speaker for q in body(text)] == ["Jane Tarnmoor", None]


def test_joined_speakers_and_listed_offices_share_where_a_clause_opens() -> None:
    # (the joined speakers now also open after a full stop glued to the next sentence, as offices did)
    text = 'Rain fell on the square.The mayor and the governor said: "We are ready."'
    assert [q.speaker for q in body(text)] == ["the mayor and the governor"]


@pytest.mark.parametrize(
    ("tag", "speaker"),
    [
        ("the Secretary of Roads and Ports said", "the Secretary of Roads and Ports"),
        ("the Minister of Farms and Industry said", "the Minister of Farms and Industry"),
    ],
)
def test_an_office_whose_last_field_follows_its_joint_is_shown_whole(tag: str, speaker: str) -> None:
    assert [q.speaker for q in body(f'"We are ready," {tag}.')] == [speaker]


def test_doers_by_an_ers_plural_saying_a_quotation_are_the_they() -> None:
    text = 'Several vintners said "the harvest was thin" and left.\n\n"We had to close," they said.'
    assert [q.speaker for q in body(text)] == ["Several vintners"]


def test_a_second_body_that_did_not_speak_inside_an_it_chain_leaves_the_it_no_ones() -> None:
    text = (
        "Kestrel Corp said its sales fell in the spring.\n\n"
        '"Demand was weak," it said.\n\n'
        "Tarnco Corp, a rival, cut its prices on Monday.\n\n"
        '"Costs will bite," it said.\n\n'
        '"We expect a better autumn," it added.'
    )
    # (the second quote's "it" is the latest subject's, as ever; the third's chain passes it)
    speakers = [q.speaker for q in body(text)]
    assert (speakers[0], speakers[2]) == ("Kestrel Corp", None)
