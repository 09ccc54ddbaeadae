"""An "it" speaker's chain back to its organisation passes over a sentence that opens on a long
phrase before its reporting "it" (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Ormsby Chamber of Commerce said the town's shops were losing trade to the coast.\n"
            "Drawing on counts of shoppers along the high street since spring and on takings in the car "
            "parks this summer, it warned that rents must come down.\n"
            'The shops would have "nothing left to trim, however hard they look," it added.',
            "Ormsby Chamber of Commerce",
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


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A sentence with a subject of its own before the comma is that subject's, not an "it"
        # sentence to pass over: its firm is the "it" of the quote (fix41a).
        (
            "Pellby Dairies Ltd said on Friday its milk sales slipped.\n"
            "Ormsby Creameries Ltd, whose vans serve most of the valley towns, said that over the "
            'winter, it reported a fall in butter sales.\n"Demand will come back with the spring '
            'grass," it said.',
            "Ormsby Creameries Ltd",
        ),
        (
            "Pellby Dairies Ltd said on Friday its milk sales slipped.\n"
            "In a note to its growers, Ormsby Creameries Ltd said that over the winter months of the "
            'year, it reported a fall.\n"Demand will come back with the spring grass," it said.',
            "Ormsby Creameries Ltd",
        ),
    ],
)
def test_an_opening_with_its_own_subject_is_not_passed(text: str, speaker: str) -> None:
    assert [q.speaker for q in body(text)][-1] == speaker
