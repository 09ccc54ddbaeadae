"""A quote that is the predicate of someone's claim (`Lee said Roe's claim that taxes had fallen
was "absurd"`) is said of the claim, not in it: the claim's owner is not its speaker, and the quote
is left unattributed. Invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Rep. Nell Ostrander said Rep. Vera Combe's claim that the bill would raise premiums was \"flatly "
        'false." She did not say more.',
        "Gov. Abel Tarrow said Sen. Hugo Brisk's argument that the fund was broke was \"an insult to "
        'retirees." He left early.',
        'Councilman Ray Osgood called Mayor Lon Pike\'s assertion that crime was down "laughable." '
        "The mayor did not answer.",
        'Rep. Dora Finch said Rep. Ida Moss\'s suggestion that the deal saved money was "pure spin." '
        "Moss stood by it.",
    ],
)
def test_a_quote_said_of_a_claim_is_not_its_owners(text: str) -> None:
    assert _speakers(text)[0] is None


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (  # the quote inside the claim: its owner's words
            'Rep. Nell Ostrander mocked Rep. Vera Combe\'s claim that the state was "fiscally sound."',
            ["Vera Combe"],
        ),
        (
            'Gov. Abel Tarrow dismissed Sen. Hugo Brisk\'s claim that the plan would "save billions."',
            ["Hugo Brisk"],
        ),
        (  # a second predicate of the claim's own clause
            "Rep. Dora Finch ridiculed Rep. Ida Moss's claim that the plan had worked and was \"a "
            'model for the nation."',
            ["Ida Moss"],
        ),
    ],
)
def test_a_quote_inside_the_claim_keeps_its_owner(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers
