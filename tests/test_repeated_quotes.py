"""A statement with nobody's name given again later with its speaker, in invented text."""

from __future__ import annotations

import pytest

from osceq.extract.layout import segment
from osceq.extract.quotes import extract_quotes


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(quote.text, quote.speaker) for quote in extract_quotes(text, segment(text))]


_HOUSE = "I just want my house back"


@pytest.mark.parametrize(
    ("opening", "later", "expected"),
    [
        (
            f'"{_HOUSE}."\n\nFor Pia Strandel, 67, that sentence sums up a year of waiting.',
            f'"{_HOUSE}," Strandel said again on Tuesday.',
            [(f"{_HOUSE}.", "Pia Strandel"), (f"{_HOUSE},", "Pia Strandel")],
        ),
        (
            f'"{_HOUSE}." The words have become a refrain on Carrow Street.',
            f'"{_HOUSE}," said Pia Strandel, who lost hers in the flood.',
            [(f"{_HOUSE}.", "Pia Strandel"), (f"{_HOUSE},", "Pia Strandel")],
        ),
        # A later repeat with no cue of its own, or other words, give nothing.
        (
            f'"{_HOUSE}." The words have become a refrain on Carrow Street.',
            f'Pia Strandel has heard the words a hundred times. "{_HOUSE}."',
            [(f"{_HOUSE}.", None), (f"{_HOUSE}.", None)],
        ),
        (
            f'"{_HOUSE}." The words have become a refrain on Carrow Street.',
            '"I just want my old house back," said Pia Strandel, who lost hers.',
            [(f"{_HOUSE}.", None), ("I just want my old house back,", "Pia Strandel")],
        ),
    ],
)
def test_a_repeated_statement_takes_its_later_speaker(
    opening: str, later: str, expected: list[tuple[str, str | None]]
) -> None:
    text = f"Waiting Goes On\n\n{opening}\n\nThe flood hit Carrow Street a year ago.\n\n{later}"
    assert _speakers(text) == expected
