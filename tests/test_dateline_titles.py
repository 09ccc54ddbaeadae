"""A wire story's first subject after its dateline that is a long office title before a name
(`Office of Management and Budget Director Ivo Marsh said`) is a person, the "he" of the next quote
(invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "TARNTON, March 16 - Office of Harbours and Canals Director Orvel Danmark said he believed "
            'the council was close to a deal.\n"We are near," he told Reuters.',
            "Orvel Danmark",
        ),
        (
            "TARNTON, March 16 - Tarnian Energy minister Danmark said he was confident of a deal.\n"
            '"We are near," he said.',
            "Danmark",
        ),
    ],
)
def test_long_title_before_a_dateline_subject_names_a_person(text: str, speaker: str) -> None:
    assert [q.speaker for q in body(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "TARNTON, April 2 - Bank of Kestrel <BKM.M> Chairman William Danmark said he was fairly "
            'sure the talks would end well.\n"It will be rocky," he told a press briefing here.',
            "William Danmark",
        ),
        (
            "TARNTON, March 31 - Tarnco Co <TRN> Chairman J. Orvel Danmark told a meeting of analysts "
            'that any deal would cost more.\n"We are near," he said.',
            "J. Orvel Danmark",
        ),
    ],
)
def test_officer_after_a_firms_ticker_is_the_dateline_person(text: str, speaker: str) -> None:
    assert [q.speaker for q in body(text)] == [speaker]
