"""A closing tag with a long setting after its verb (`said in a speech prepared for delivery to
…`, `was quoted as saying by …`) still names the person the next "he" or "she" stands for
(invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Kestrel Mills PLC sees rising profits from its unit this year, chairman Orvel Danmark said "
            'in a speech prepared for delivery to Tarn analysts.\n"We will do well," he said.',
            "Orvel Danmark",
        ),
        (
            "Tarnia cannot spend its way out of recession, Central Bank governor Orvel Danmark was "
            'quoted as saying by the official Kestrel news agency.\n"We must wait," he told bankers.',
            "Orvel Danmark",
        ),
        (
            "Rates will stay high, Dalia Ormsby, the Tarn finance minister, was quoted as saying.\n"
            '"We must wait," she said.',
            "Dalia Ormsby",
        ),
        (
            "Fares will rise in June, Tarn Rail chairman Orvel Danmark said in a letter sent to "
            'all staff on Friday.\n"We have no choice," he said.',
            "Orvel Danmark",
        ),
    ],
)
def test_long_setting_after_a_tag_keeps_its_person(text: str, speaker: str) -> None:
    assert [q.speaker for q in body(text)] == [speaker]


def test_long_tag_telling_its_listener_names_the_next_he() -> None:
    text = (
        "TARNTON, April 17 - Tarnia's plan will inject money into the economy and should be welcomed "
        "by Kestrel, Ruling Free Farmers Party (FFP) executive council chairman Orvel Danmark told "
        'reporters.\n"I expect praise," he said.'
    )
    assert [q.speaker for q in body(text)] == ["Orvel Danmark"]


def test_apposed_role_tag_telling_its_listener_names_the_next_he() -> None:
    text = (
        "Tarnia's borrowing will stay at last year's level, Orvel Danmark, secretary general to the "
        "Finance Ministry, told an investment seminar here.\n"
        '"We will keep the debt ratio low," he said.'
    )
    assert [q.speaker for q in body(text)] == ["Orvel Danmark"]
