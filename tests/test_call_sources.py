"""A call, demand or plea from someone to do something words that someone's plea (`Ann Lee faces
calls from Tom Reed to "step aside now."`): the quoted words are the source's, not the sentence
subject's (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in body(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ('Rain fell. Ann Lee faces calls from Tom Reed to "step aside now."', ["Tom Reed"]),
        ('Rain fell. Ann Lee faced a demand from Tom Reed to "quit at once."', ["Tom Reed"]),
        ('Rain fell. Ann Lee rejected a plea from Tom Reed to "think again."', ["Tom Reed"]),
        ('Rain fell. Ann Lee ignored repeated pleas by Sen. Tom Reed to "think again."', ["Tom Reed"]),
        (
            'Rain fell. Ann Lee faces calls from Tom Reed, the party chairman, to "step aside now."',
            ["Tom Reed"],
        ),
        ('Rain fell. Ann Lee faces calls from the opposition to "step aside now."', ["the opposition"]),
    ],
)
def test_the_source_of_a_call_owns_its_words(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # the subject's own call, or a call from no one named: as before
        ('Rain fell. Ann Lee renewed her calls to "end the war now."', ["Ann Lee"]),
        ('Rain fell. Ann Lee issued a call to "unite behind the plan."', ["Ann Lee"]),
        # a place or a time after `from` names no source
        ('Rain fell. Ann Lee flew home from Paris to "face the music."', ["Ann Lee"]),
        ('Rain fell. Ann Lee faced calls from Monday to "step aside now."', ["Ann Lee"]),
        # the words are cued to their speaker
        ('Ann Lee faces calls from Tom Reed to "step aside," Ivo Pask said.', ["Ivo Pask"]),
    ],
)
def test_other_calls_keep_their_speakers(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers
