"""An "it" speaker that stands for a writing named with its author (`The bulletin by the Dunmere
Border Command …. It urged …`): the writing (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The bulletin by the Dunmere Border Command was read out on state radio at noon.\n"
            'It urged the smugglers to "think of their families" and give themselves up.',
            "the bulletin by the Dunmere Border Command",
        ),
        (
            "A report from the Kestrel Fisheries Board found the catch fell by a third.\n"
            'It said the quota system was "badly broken" in the north.',
            "a report from the Kestrel Fisheries Board",
        ),
        # the author is kept with the writing, a titled person's too (fix41a)
        (
            "The survey by Prof Hallam was published on Thursday.\n"
            '"Half the hill farms will be gone within ten years," it said.',
            "the survey by Prof Hallam",
        ),
    ],
)
def test_a_writing_with_its_author(text: str, speaker: str) -> None:
    assert [q.speaker for q in body(text)][-1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # A person's writing: the letter is not read as a body, and nothing is shown.
        "The letter by Ann Lee was pinned to the church door on Sunday.\n"
        'It urged the villagers to "think of their families" before the vote.',
        # No writing's noun: the phrase is none of the shape.
        "The raid by the Dunmere Border Command seemed to be over by noon.\n"
        'It urged the smugglers to "think of their families" and give themselves up.',
    ],
)
def test_no_writing_without_the_shape(text: str) -> None:
    assert [q.speaker for q in body(text)][-1] is None
