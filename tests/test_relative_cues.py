"""A cue inside a relative clause after the sentence's subject (`Ann Lee, whom Tom Reed called
"…," said …`) speaks only for the quote inside the clause; a quote after the main verb is left
unattributed rather than given to the relative's speaker. Invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (  # the relative's speaker for the main clause's quote: withheld
            'Gov. Abel Tarrow, whom Sen. Hugo Brisk has called "a relic," said on Friday that he would '
            'not "dignify" the attack.',
            ["Hugo Brisk", None],
        ),
        (
            'Rep. Nell Ostrander, whom Rep. Vera Combe called "the most partisan member" in a mailer '
            'last week, said she had crossed the aisle "more than anyone here."',
            ["Vera Combe", None],
        ),
        (
            'Sen. Lyle Haverty, whom Gov. Amos Pell called "disloyal" on Tuesday, said he was "not '
            'going anywhere."',
            ["Amos Pell", None],
        ),
        (
            "Rep. Dora Finch, whose plan Rep. Ida Moss called “a bailout,” said the bill was “a trap.”",
            ["Ida Moss", None],
        ),
    ],
)
def test_a_quote_past_the_relative_clause_is_not_its_speakers(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (  # the quote inside the relative clause is its speaker's
            'Sen. Lyle Haverty, whom Gov. Amos Pell called "disloyal," voted no on Friday.',
            ["Amos Pell"],
        ),
        (  # a head after a verb is an object: the relative's he may be the sentence's subject
            'Mayor Otis Crane hammered the council, whom he described as "timid," and said the '
            'budget was "a shell game."',
            ["Otis Crane", "Otis Crane"],
        ),
        (  # the relative still open: a second fragment of the same calling
            'Sen. Lyle Haverty, whom Gov. Amos Pell called "disloyal" and "a lone wolf," voted no.',
            ["Amos Pell", "Amos Pell"],
        ),
        (  # the subject's own relative clause speaks for the subject
            'Sen. Lyle Haverty, who called the plan "reckless," said it would "sink the state."',
            ["Lyle Haverty", "Lyle Haverty"],
        ),
    ],
)
def test_quotes_inside_the_relative_or_its_subjects_keep_their_speaker(
    text: str, speakers: list[str | None]
) -> None:
    assert _speakers(text) == speakers
