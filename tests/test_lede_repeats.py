"""A statement with nobody's name in the lede, given again later by somebody, in invented text: the
later speaker may be mocking, echoing or reporting it, so the lede's words stay nobody's."""

from __future__ import annotations

import pytest

from osceq.extract.layout import segment
from osceq.extract.quotes import extract_quotes

_SLOGAN = "We will not go back without a fair deal"
_LEDE = f'Strike Enters Third Week\n\n"{_SLOGAN}."\n\nThe union says 400 workers walked out on March 3.\n\n'


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(quote.text, quote.speaker) for quote in extract_quotes(text, segment(text))]


@pytest.mark.parametrize(
    ("later", "repeater"),
    [
        (
            f'Owner Vic Drury laughed when asked about the slogan. "{_SLOGAN}," he said, shaking his '
            'head. "I have heard that before."',
            "Vic Drury",
        ),
        (
            f'"{_SLOGAN}," Vic Drury, the owner, said with a shrug, repeating the banner. "Fine. Then '
            'stay out."',
            "Vic Drury",
        ),
        (
            f'Owner Vic Drury scoffed at the slogan. "{_SLOGAN}," he said. "That is what they '
            'painted. Nobody here believes it."',
            "Vic Drury",
        ),
        (f'"{_SLOGAN}," said Vic Drury, describing what the strikers told him.', "Vic Drury"),
        (f'"{_SLOGAN}," the owner Vic Drury said the strikers told him. He called it a bluff.', "Vic Drury"),
    ],
)
def test_a_lede_statement_is_not_its_repeaters(later: str, repeater: str) -> None:
    quotes = _speakers(f"{_LEDE}{later}\n\nTalks resume on Monday.")
    assert quotes[0] == (f"{_SLOGAN}.", None)
    assert quotes[1] == (f"{_SLOGAN},", repeater)
