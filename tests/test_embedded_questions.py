"""A reporting verb inside a `whether` question closed by a comma before the quote (`who asked
whether Kurt Sand had phoned her, she said he had, "…"`) is the question's content, not the tag of
the words after it: the main clause's subject speaks. Invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Ann Lee met the press. Answering a voter who wondered whether Kurt Sand had called her, she "
            'said he had, "once, and briefly."',
            ["Ann Lee"],
        ),
        (
            "Ann Lee met the press. To a voter who asked whether Kurt Sand had described her plan as a "
            'tax, she said he had, "more than once."',
            ["Ann Lee"],
        ),
        (
            "Ann Lee met the press. Of a reporter who asked whether Kurt Sand had warned her, she said "
            'he had, "in a letter nobody else saw."',
            ["Ann Lee"],
        ),
        (
            "To a reporter who asked whether Tom Bell had told the board, Ida Voss said he had not, "
            '"at least not to my knowledge."',
            ["Ida Voss"],
        ),
        (
            "Pressed on whether his rival had described the levy as a tax, Ivo Marsh said only that it was "
            '"a fee, and a small one."',
            ["Ivo Marsh"],
        ),
        # The question's words are the question's, when no comma closes it before the quote.
        ('Ann Lee asked whether Ray Dorsey had called her "a liar."', ["Ray Dorsey"]),
    ],
)
def test_closed_question(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers
