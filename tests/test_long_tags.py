"""A tag after a quote whose speaker phrase is too long or cluttered for the ordinary tag readers:
an apposition with no closing comma, a ticker or an acronym in brackets."""

from __future__ import annotations

import pytest

from osceq.extract.loose_tags import long_tag
from tests.quote_helpers import body


def speakers(text: str) -> list[tuple[str, str | None, str, str]]:
    return [(q.text, q.mention.text if q.mention else None, q.kind, q.evidence) for q in body(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An apposition that runs into the verb with no closing comma.
        (
            '"The quarry will stay open through the winter," Edda Marlow, site manager of the old '
            "limestone works said.",
            [("The quarry will stay open through the winter,", "Edda Marlow", "direct", "cue-after")],
        ),
        # A ticker in angle brackets inside a title before the name.
        (
            '"We have seen no sign of a slowdown in orders," Varrick Corp <VRK> treasurer Joss Ambler '
            "told reporters.",
            [("We have seen no sign of a slowdown in orders,", "Joss Ambler", "direct", "cue-after")],
        ),
        # A described speaker with an acronym in brackets: the phrase stops at the bracket.
        (
            '"Growers will plant less barley this spring," a clerk at the Tarnow Grain Board (TGB) said.',
            [
                (
                    "Growers will plant less barley this spring,",
                    "a clerk at the Tarnow Grain Board",
                    "direct",
                    "cue-after",
                )
            ],
        ),
        # Read before the tag that closes a sentence, which takes the words for a fragment of it.
        (
            '"She never missed a single rehearsal," another neighbour, Wendel Foss told the paper.',
            [("She never missed a single rehearsal,", "Wendel Foss", "direct", "cue-after")],
        ),
        # A list of capitalised words before a title: the word before the first comma is no speaker.
        (
            '"Ferries will run again by June," Roads, Rail and Harbours Minister Petra Olund said.',
            [("Ferries will run again by June,", None, "partial", "none")],
        ),
        # A longer tail after the verb that only says where it was said.
        (
            '"Fees must fall well before summer," Hanne Lidell, president of Orvik Savings, Inc said '
            "at the opening of a hearing on the farm credit bill.",
            [("Fees must fall well before summer,", "Hanne Lidell", "direct", "cue-after")],
        ),
        # A full name and its title close the sentence with no verb: the tag left "said" out.
        (
            '"Buyers are waiting for the spring figures before they commit," Nils Aberg, broker at '
            "Kessel Grain Partners.",
            [
                (
                    "Buyers are waiting for the spring figures before they commit,",
                    "Nils Aberg",
                    "direct",
                    "cue-after",
                )
            ],
        ),
        # The head noun is past the ticker: the whole description speaks (shown without the ticker).
        (
            '"Output will rise by a tenth next year at the very least," a Varrick Corp <VRK> spokesman said.',
            [
                (
                    "Output will rise by a tenth next year at the very least,",
                    "a Varrick Corp <VRK> spokesman",
                    "direct",
                    "cue-after",
                )
            ],
        ),
    ],
)
def test_a_cluttered_tag_still_names_its_speaker(
    text: str, expected: list[tuple[str, str | None, str, str]]
) -> None:
    assert speakers(text) == expected


def test_an_apposed_name_speaks_for_its_description() -> None:
    text = '"She never missed a rehearsal," another neighbour, Wendel Foss told the paper.'
    found = long_tag(text, text.index(",") + 1, text.index(",") + 2, len(text))
    assert found is not None
    assert (found.mention.text, found.cue.text, found.kind) == ("Wendel Foss", "told", "name")
