"""A quote that takes an earlier quotation's cue across a new clause with a speaker and a cue of its
own is withheld: nobody (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            'When Tom Lee called the plan "reckless," Ann Roe shot back that he was "out of touch."',
            ["Tom Lee", None],
        ),
        (
            'When Ivo Marsh branded the levy "theft," Pia Holm struck back that he was "living in the past."',
            ["Ivo Marsh", None],
        ),
        # the speaker's own later verb, a clause with no name, a list, as before
        ('When Tom Lee called the plan "reckless," he added that it was "doomed."', ["Tom Lee", "Tom Lee"]),
        ('When Tom Lee called the plan "reckless," he was also "furious."', ["Tom Lee", "Tom Lee"]),
        ('Tom Lee called the plan "reckless," and said it was "doomed."', ["Tom Lee", "Tom Lee"]),
        ('Tom Lee called the plan "reckless," "doomed" and "a waste."', ["Tom Lee"] * 3),
        ('When Tom Lee called the plan "reckless," Lee argued it was "doomed."', ["Tom Lee", "Tom Lee"]),
        # a clause whose cue is read keeps its own speaker, as before
        ('After Tom Lee called the plan "reckless," Ann Roe said it was "sound."', ["Tom Lee", "Ann Roe"]),
        (
            'When Ivo Marsh branded the levy "theft," Pia Holm hit back that he was "living in the past."',
            ["Ivo Marsh", "Pia Holm"],
        ),
    ],
)
def test_a_cue_crossed_by_another_speakers_clause_is_spent(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in body(text)] == speakers
