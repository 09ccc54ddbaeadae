"""A given name written alone with an age (`Molly, 7,`) is often a child, a victim, a horse or a
player whom the official quoted beside it speaks about: the next he or she stays the official's
(invented names and sentences only). A rule reading every such name as the next pronoun's person, for
vox pops, was withdrawn when a review found these turned wrong."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Dr Helen Marsh said the girl was recovering well.\n\nMolly, 7, was bitten on the arm. "She will make a full recovery," she said.',
            "Helen Marsh",
        ),
        (
            'Detective Inspector Paul Ward led the search.\n\nEthan, 9, was found safe in a barn. "The boy was cold but unhurt," he said.',
            "Paul Ward",
        ),
        (
            'Trainer Joan Pratt watched from the rail.\n\nTiffany, 4, a bay filly, led from the start. "It was a dream," she said.',
            "Joan Pratt",
        ),
    ],
)
def test_the_official_keeps_the_pronoun(text: str, speaker: str) -> None:
    assert speaker in (body(text)[-1].speaker or "")
