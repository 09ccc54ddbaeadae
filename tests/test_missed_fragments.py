"""Short quoted fragments that only a cue of their own sentence keeps: with no speaker, a fragment of a
few words is taken for scare quotes and dropped, on invented sentences."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def fragments(text: str) -> list[tuple[str, str, str | None, str]]:
    return [(q.text, q.kind, q.speaker, q.evidence) for q in body(text)]


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        ('Talia Brennock implied the council was "asleep" on housing.', "asleep"),
        ('Talia Brennock has coined a name, "tidal tax," for the levy.', "tidal tax,"),
        ('Talia Brennock has intimated that the levy is "doomed."', "doomed."),
        ('Talia Brennock also referenced the "midnight clause" twice.', "midnight clause"),
    ],
)
def test_verbs_of_implying_coining_and_referencing_name_the_speaker(sentence: str, fragment: str) -> None:
    assert fragments(sentence) == [(fragment, "partial", "Talia Brennock", "cue-before")]
