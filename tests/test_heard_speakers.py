"""A speaker heard or seen on a recording (`a woman can be heard asking`, `the mayor could be seen
telling`): the subject of the passive of hearing speaks, its mention ending before the verb chain.
Invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        (
            "Later on the tape a woman can be heard asking what the council would tell families in Elm Row, "
            'where the pool closed last year. "Those are our neighbours, Paul. What do we tell them?"',
            "a woman",
            "a woman",
        ),
        (
            "At one point a woman can be heard asking what the council would tell families in Elm Row. "
            '"Those are our neighbours, Paul. What do we tell them?"',
            "a woman",
            "a woman",
        ),
        (
            'In the video, the mayor could be seen telling the crowd that the levy was "a done deal."',
            "the mayor",
            "the mayor",
        ),
        # A subject with a cue of its own: as before.
        (
            'On the recording, Ann Lee is heard telling a donor the race was "over by Labor Day."',
            "Ann Lee",
            "Ann Lee",
        ),
        ('Ann Lee told a donor the race was "over by Labor Day."', "Ann Lee", "Ann Lee"),
    ],
)
def test_heard_speaker(text: str, speaker: str, mention: str) -> None:
    quotes = body(text)
    assert [(q.speaker, q.mention.text if q.mention else None) for q in quotes] == [(speaker, mention)]
