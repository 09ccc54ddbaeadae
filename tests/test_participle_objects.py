"""The noun phrase before a participle of saying that is the object of a past verb: its subject
speaks (invented names and sentences only)."""

from __future__ import annotations

from tests.quote_helpers import body


def test_the_object_of_a_past_verb_before_saying_does_not_speak() -> None:
    text = 'Harbour chief Ivo Marsh defended the new fees saying "We cannot keep the quay open without them."'
    assert [q.speaker for q in body(text)] == ["Ivo Marsh"]


def test_the_object_of_a_past_verb_before_saying_a_fragment_does_not_speak() -> None:
    text = (
        "Council leader Petra Holmquist has defended the sale saying the town had kept the best land, "
        'noting "the old depot is worth less every winter it stands empty."'
    )
    assert [q.speaker for q in body(text)] == ["Petra Holmquist"]
