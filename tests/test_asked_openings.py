"""A fragment inside an opening `Asked …` clause (`Asked about Lee's remark that he was "a gadfly,"
Roe laughed`) holds the question's or another's words, not the answer of the one asked after it:
left unattributed, while the answer keeps its speaker. Invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            'Asked about Mayor Lon Pike\'s remark that the councilman was "a gadfly," Councilman Ray '
            'Osgood laughed. "Gadflies get things done," he said.',
            [None, "Ray Osgood"],
        ),
        (
            'Asked whether the talks had "run out of road," Sen. Hugo Brisk said, "Not yet."',
            [None, "Hugo Brisk"],
        ),
    ],
)
def test_a_fragment_of_the_question_is_not_the_answerers(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (  # the fragment after the opening clause is the answer's
            'Asked about the audit, Sen. Hugo Brisk called it "a fishing trip."',
            ["Hugo Brisk"],
        ),
        (  # no opening `Asked`: the subject after the clause says it
            'Pressed on the vote, Rep. Nell Ostrander said she would "take another look," and left.',
            ["Nell Ostrander"],
        ),
    ],
)
def test_quotes_outside_the_asked_clause_keep_their_speaker(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers
