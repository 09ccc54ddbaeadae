"""Lists of quotations under a lead-in ending on a colon, in invented text."""

from __future__ import annotations

import pytest

from osceq.extract.layout import segment
from osceq.extract.quotes import extract_quotes


def _quotes(text: str) -> list[tuple[str, str | None, str]]:
    return [(quote.text, quote.speaker, quote.kind) for quote in extract_quotes(text, segment(text))]


_ITEMS = ['"Cut response times in half."', '"Hire 50 more officers."']


@pytest.mark.parametrize(
    ("lead", "marker", "speaker"),
    [
        ("Rita Bowen, the new police chief, said she had two priorities:", "•", "Rita Bowen"),
        ("Rita Bowen, the new police chief, said she had two priorities:", "-", "Rita Bowen"),
        ("Rita Bowen, the new police chief, told the council:", "*", "Rita Bowen"),
        ("Rita Bowen, the new police chief, listed her priorities:", "1.", "Rita Bowen"),
        ("Rita Bowen took office on Monday. She told the council:", "–", "Rita Bowen"),
    ],
)
def test_list_items_are_the_lead_ins_speakers(lead: str, marker: str, speaker: str) -> None:
    items = "\n\n".join(f"{marker.replace('1', str(k + 1))} {item}" for k, item in enumerate(_ITEMS))
    text = f"Chief Sets Out Plans\n\nThe city swore in a new police chief on Monday.\n\n{lead}\n\n{items}"
    assert _quotes(text) == [
        ("Cut response times in half.", speaker, "direct"),
        ("Hire 50 more officers.", speaker, "direct"),
    ]


@pytest.mark.parametrize(
    ("lead", "items", "expected"),
    [
        # A group's lead-in, a label of the list and a lead-in that names no person give no item a
        # speaker (short items unattributed are left out, as elsewhere).
        ("What they said after the vote:", _ITEMS, []),
        ("Ivo Stroud spoke for an hour. Highlights:", _ITEMS, []),
        ("Five things Ivo Stroud said at the debate:", _ITEMS, []),
        # Others' words the lead-in's speaker voices, reports or shows give the items nobody.
        ("Ivo Stroud quoted his late father:", _ITEMS, []),
        ("Ivo Stroud heard from residents:", _ITEMS, []),
        ("Ivo Stroud read out the letters he had received:", _ITEMS, []),
        ("Ivo Stroud said Rita Bowen had told him:", _ITEMS, []),
        ("Ivo Stroud said critics had sent him messages such as:", _ITEMS, []),
        # An item signed by a name of its own keeps it.
        (
            "Ivo Stroud said:",
            ['"A great day for the county." — Commissioner Hal Ennismore'],
            [("A great day for the county.", "Hal Ennismore", "partial")],
        ),
    ],
)
def test_list_items_with_no_lead_in_speaker(
    lead: str, items: list[str], expected: list[tuple[str, str | None, str]]
) -> None:
    body = "\n\n".join(f"• {item}" for item in items)
    text = f"Vote Held\n\nThe county board voted on Monday.\n\n{lead}\n\n{body}"
    assert _quotes(text) == expected


def test_quotations_after_a_colon_with_no_markers_are_left_as_before() -> None:
    text = (
        "Chief Sets Out Plans\n\nThe city swore in a new police chief on Monday.\n\n"
        'Rita Bowen, the new police chief, said she had two priorities:\n\n"Cut times."\n\n"Hire more."'
    )
    assert _quotes(text) == []
