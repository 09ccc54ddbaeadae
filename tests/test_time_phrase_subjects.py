"""A short time phrase opening a sentence with no comma (`By noon Bell had weighed in.`, `On Monday
the mayor …`) is no subject: a he or she in the next sentence stands for the subject after it.
Invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body

_BEFORE = (
    'The ad says Tom Bell "voted for banks" in 1999.\n\nThe Bell campaign answered with a statement '
    'from Ray Dorsey, who called the ad "a lie."\n\n'
)


def _last_speaker(text: str) -> str | None:
    return body(_BEFORE + text)[-1].speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('By noon Bell had weighed in. He said he was "disappointed."', "Tom Bell"),
        (
            'By midnight Bell too had weighed in, with a letter on his own stationery. He said he was "hurt."',
            "Tom Bell",
        ),
        ('On Monday Tom Bell wrote back. He called the ad "a smear."', "Tom Bell"),
        ('On Monday Sen. Bell wrote back. He called the ad "a smear."', "Tom Bell"),
        # A capitalised run after the day that opens on no given name or title goes on the time's own
        # name (a show, an event): the person is its last word, never the run (the surname alone when
        # the article's names also hold the run read as a name).
        ('On Monday Night Football Bell appeared. He said the league was "a cartel."', "Bell"),
        ('On Sunday Morning Live Bell appeared. He said the league was "a cartel."', "Tom Bell"),
        ('On Monday Bell wrote back. He called the ad "a smear."', "Tom Bell"),
        ('By then Bell had had enough. He said the ad was "beneath the party."', "Tom Bell"),
        # With a comma, or with no time phrase, as before.
        ('By noon, Bell had weighed in. He said he was "disappointed."', "Tom Bell"),
        ('Dorsey spoke again at noon. He said the ad was "fair."', "Ray Dorsey"),
    ],
)
def test_time_phrase_subject(text: str, speaker: str) -> None:
    assert _last_speaker(text) == speaker
