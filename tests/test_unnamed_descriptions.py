"""A he or she after a speaker described by "a" or "one" with a capitalised modifier inside the
description (invented names and sentences only)."""

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
