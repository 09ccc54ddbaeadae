"""An "it" speaker's chain back to its organisation passes over a sentence that opens on a long
phrase before its reporting "it" (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Tarn Monetary Council said Ormsland's farms were failing to sell abroad.\n"
            "Pointing to a likely widening of the farm trade gap to around 3.1 billion crowns this "
            "year from 2.7 billion in the year before, it warned that a weaker crown would not help.\n"
            'The council would have "little room to spur growth, even if jobs were lost," it added.',
            "Tarn Monetary Council",
        ),
        (
            "Vellmark Shipping Corp said its fleet would shrink this year.\n"
            "Citing a slump in the freight trade along the northern coast over the last three winters "
            "and a rise in fuel costs, it also said two yards would close.\n"
            '"We cannot keep ships idle," it said.',
            "Vellmark Shipping Corp",
        ),
    ],
)
def test_a_long_opening_before_a_reporting_it(text: str, speaker: str) -> None:
    assert [q.speaker for q in body(text)][-1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # A long opening before an "it" that is no speaker: the chain stops there, as before.
        "Vellmark Shipping Corp said its fleet would shrink this year.\n"
        "Given the slump in the freight trade along the northern coast over the last three winters "
        "and the rise in fuel costs, it seems that two yards will close.\n"
        '"We cannot keep ships idle," it said.',
    ],
)
def test_no_speaker_through_other_openings(text: str) -> None:
    assert [q.speaker for q in body(text)][-1] is None


def test_plural_people_between_are_passed() -> None:
    # The councillors are no "it" (and the misread tag "said two yards would close" names a count,
    # which is none either): the firm before them is.
    text = (
        "Vellmark Shipping Corp said its fleet would shrink this year.\n"
        "The harbour councillors, pointing to a slump in the freight trade along the northern coast "
        "over the last three winters, said two yards would close.\n"
        '"We cannot keep ships idle," it said.'
    )
    assert [q.speaker for q in body(text)][-1] == "Vellmark Shipping Corp"
