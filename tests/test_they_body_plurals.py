"""A "they" speaker after a plural of an organisation's word in "-ies" ("the two companies", "the
agencies"), as after one in "-s" ("the institutes") (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The two companies agreed in March to share a cold store at Harwick.\n"
            'They said they would put 6 mln crowns into it "so the valley\'s fruit can wait for buyers."',
            "the two companies",
        ),
        (
            "The Pellby lending agencies warned on Friday that rents on the upland farms were overdue.\n"
            'Some tenants could lose their farms "before the lambing starts," they said.',
            "the Pellby lending agencies",
        ),
    ],
)
def test_a_plural_in_ies_is_a_group(text: str, speaker: str) -> None:
    assert [q.speaker for q in body(text)][-1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # Two groups in the sentence before: either may be the "they".
        "The unions met the two companies in Tarnby on Monday.\n"
        '"Nobody was asked before the cut," they said.',
        # A plural of a thing is no speaker.
        'Fuel prices in the Tarn cities rose again in May.\n"Nobody can afford to drive," they said.',
        # The plural inside an of-phrase is no head of the subject (fix41a).
        "Pellby Foods Ltd and Ormsby Mills Ltd both reported on Friday.\n"
        'Shares of the two companies dropped steeply after the vote.\n"We are sorry for the savers," they said.',
        'Stocks of the two agencies were sold off on Monday.\n"We did nothing wrong," they said.',
    ],
)
def test_no_group_when_unsure(text: str) -> None:
    assert [q.speaker for q in body(text)][-1] is None
