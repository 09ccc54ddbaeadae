"""A he or she after a speaker described by "a" or "one" with a capitalised modifier inside the
description, or by a role before the name in a closing tag (invented names and sentences only)."""

from __future__ import annotations

from tests.quote_helpers import body


def test_a_capitalised_modifier_inside_a_description_keeps_it_one_person() -> None:
    text = (
        "Relief stocks ran low in the north.\n\n"
        '"The valley harvest is gone," a Nordic aid worker said.\n\n'
        '"At least the late rains held off," he added.'
    )
    assert [q.speaker for q in body(text)] == ["a Nordic aid worker", "a Nordic aid worker"]


def test_an_acronym_inside_a_description_keeps_it_one_person() -> None:
    text = (
        "Barley futures rose.\n\n"
        "Prices may climb further before the harvest, one KMX pit trader said.\n\n"
        '"Nobody wants to be short into the weekend," he said.'
    )
    assert [q.speaker for q in body(text)] == ["one KMX pit trader"]


def test_a_closing_tag_with_the_role_before_the_name_names_the_next_he() -> None:
    text = (
        "The outlook for the harbour stays bright despite the storm, the president of the Kestrel "
        "port authority, Manuel Oroz, said.\n\n"
        '"The cranes will be working again by spring," he said.'
    )
    assert [q.speaker for q in body(text)] == ["Manuel Oroz"]
    text = (
        "Kestria will open a fund for small exporters this month, director-general of the trade "
        "institute, Ilse Varga, said.\n\n"
        '"We want to double the exports of the valley," she said.'
    )
    assert [q.speaker for q in body(text)] == ["Ilse Varga"]


def test_an_office_joining_two_fields_with_and_is_one_persons_role() -> None:
    text = (
        "Mining and Forestry Minister Oskar Velde said on Monday the smelter would reopen.\n\n"
        '"The furnaces will be lit again before the first frost," he said.'
    )
    assert [q.speaker for q in body(text)] == ["Oskar Velde"]


def test_a_surname_that_starts_with_a_firms_ending_is_a_persons() -> None:
    # "Co" ends firms' names; a surname that only begins with it ("Cox") is no plural of it.
    text = (
        'Sterling rose.\n\n"Rates cannot stay where they are," said Ilse Cox, a dealer at Kestrel Bank.\n\n'
        "Cox says the bank will have to act before the summer.\n\n"
        '"The market will force its hand," she said.'
    )
    assert [q.speaker for q in body(text)] == ["Ilse Cox", "Ilse Cox"]
