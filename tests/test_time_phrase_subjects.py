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
        # With a comma, or with no time phrase, as before.
        ('By noon, Bell had weighed in. He said he was "disappointed."', "Tom Bell"),
        ('Dorsey spoke again at noon. He said the ad was "fair."', "Ray Dorsey"),
    ],
)
def test_time_phrase_subject(text: str, speaker: str) -> None:
    assert _last_speaker(text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # A run after the day that opens on no given name or title may be the time's own name (a show,
        # an event), and a lone word may be no person: the sentence reads as before the time rule, and
        # the he or she after it finds nobody here (no junk `Night Football Bell`, no she for a man).
        'On Monday Night Football Bell appeared. He said the league was "a cartel run by the owners."',
        'On Sunday Morning Live Bell appeared. He said the league was "a cartel run by the owners."',
        'On Monday Night Football Bell appeared beside Ann Lee. She said the league was "a cartel run by '
        'the owners."',
        'On Monday Bell wrote back. He called the ad "a smear."',
        'By then Bell had had enough. He said the ad was "beneath the party."',
    ],
)
def test_no_subject_after_time_unless_a_person(text: str) -> None:
    assert [q.speaker for q in body(text)] == [None]


def test_lone_word_after_time_is_no_firm() -> None:
    # The article names a firm, not a person, with the lone word: its he is never the firm.
    text = (
        "Bell Farms sued the county in 1999.\n\nThe suit drew a statement from Ray Dorsey, who called it "
        '"a lie."\n\nOn Monday Bell wrote back. He called the ad "a smear."'
    )
    assert body(text)[-1].speaker != "Bell Farms"
