"""A fragment between a named possessor and a noun of speech (`Ann Lee's "dark money" charge`) is
the possessor's words: shown with another speaker, it is left unattributed. Invented names and
sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            'Rep. Nell Ostrander, asked about Rep. Vera Combe\'s "dark money" charge, said she had '
            'disclosed "every dollar."',
            [None, "Nell Ostrander"],
        ),
        (
            'Gov. Abel Tarrow, pressed on Sen. Hugo Brisk\'s "ghost payroll" claim, said the audit '
            'would "speak for itself."',
            [None, "Abel Tarrow"],
        ),
    ],
)
def test_a_possessors_fragment_is_not_anothers(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (  # the possessor is the speaker shown
            'Sen. Hugo Brisk repeated his "ghost payroll" charge on Friday. Brisk said the audit '
            'would "prove it."',
            ["Hugo Brisk", "Hugo Brisk"],
        ),
        (  # no noun of speech after the fragment: the tag's speaker keeps it
            'Rep. Nell Ostrander, asked about Rep. Vera Combe\'s "reform" bill, said it was "a mess."',
            ["Nell Ostrander", "Nell Ostrander"],
        ),
    ],
)
def test_fragments_owned_by_their_speaker_or_by_nobody_keep_it(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers
