"""A he or she never resolves to a person whose given name is of the other sex, even when an
unlisted rank or office word stands before the given name (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import only_speaker as _speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the he is the one arrested, or nobody; never the woman who spoke of him
        (
            'A youth was held on the ring road. Inspector Mary Cole said he had been driving at 90mph. "I panicked," he said.',
            None,
        ),
        (
            'A boy was caught at the depot. Ranger Helen Darby said he had climbed the fence. "I was cold," he said.',
            None,
        ),
        (
            'A girl was found in the woods. Warden Peter Olsen said she had been lost for a day. "I was scared," she said.',
            None,
        ),
        # the same sex: the pronoun keeps its person
        (
            'A youth was held on the ring road. Inspector Mary Cole said the driver had fled. "We will find him," she said.',
            "Inspector Mary Cole",
        ),
        (
            'A girl was found in the woods. Warden Peter Olsen said the search was over. "We are relieved," he said.',
            "Warden Peter Olsen",
        ),
        # a given name first is read as before
        ('Mary Cole said the driver had fled. "We will find him," she said.', "Mary Cole"),
        ('A youth was held. Mary Cole said he had fled. "I panicked," he said.', None),
        # a second given name of the other sex tells nothing (review41c finding 5)
        (
            'Josep Maria Tarrago, the club president, met the players on Monday. "We have a plan," he said.',
            "Josep Maria Tarrago",
        ),
        (
            'Luisa José Pardo, the club president, met the players on Monday. "We have a plan," she said.',
            "Luisa José Pardo",
        ),
        (
            'Luc Marie Dorval, the club president, met the players on Monday. "We have a plan," he said.',
            "Luc Marie Dorval",
        ),
        # an unlisted first word may be a given name of its own: it tells no rank (review43b finding 3)
        (
            'Ann Lee runs the clinic. Ayanna Howard Vell, a nurse, joined it in May. "The hours are long," she said.',
            "Ayanna Howard Vell",
        ),
        (
            'Tom Reed coached the side for years. Its new captain, Xavi Rosa Pereira, arrived. "I want to win the league," he said.',
            "Xavi Rosa Pereira",
        ),
    ],
)
def test_a_pronoun_never_takes_a_person_of_the_other_sex(text: str, speaker: str | None) -> None:
    assert _speaker(text) == speaker
