"""A he or she after a sentence whose subject is interrupted by a relative clause with another
speaker (`Ann Lee, whom Tom Reed called "…," left. He said …`): the head may be the he as well as
the relative's speaker, so the pronoun names nobody. Invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            'Gov. Abel Tarrow, whom Sen. Hugo Brisk has branded "Governor Giveaway," spent the day in '
            'Dunmore. He told supporters he was "proud of every dollar" spent on schools.',
            ["Hugo Brisk", None],
        ),
        (
            'Councilman Ray Osgood, who Mayor Lon Pike says is "unfit to lead," held a town hall on '
            'Tuesday. He said the mayor was "scared of a fair fight."',
            ["Lon Pike", None],
        ),
        (
            "State Sen. Dora Finch, whose plan Rep. Ida Moss called “a bailout,” took questions for an "
            "hour. “I’m not afraid of hard questions,” she said.",
            ["Ida Moss", None],
        ),
    ],
)
def test_a_pronoun_after_a_relative_with_another_speaker_names_nobody(
    text: str, speakers: list[str | None]
) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (  # a group's relative: its member is the only he
            'The Tolland Teachers Union, whose president Tom Reeve called the offer "an insult," voted '
            'it down. "We are not done," he said.',
            ["Tom Reeve", "Tom Reeve"],
        ),
        (  # no relative: the latest speaker is the he
            'Gov. Abel Tarrow spent the day in Dunmore. Sen. Hugo Brisk called him "Governor '
            'Giveaway." "He spends like a sailor," he said.',
            ["Hugo Brisk", "Hugo Brisk"],
        ),
        (  # the head's own relative clause: the head is the he
            'Gov. Abel Tarrow, who called the audit "a smear," left early. "I have work to do," he said.',
            ["Abel Tarrow", "Abel Tarrow"],
        ),
    ],
)
def test_pronouns_after_other_relatives_keep_their_person(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers
