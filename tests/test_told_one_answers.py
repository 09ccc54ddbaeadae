"""A quote whose him/her points back at the one person of the tag's sex named in the sentence
before, as the one who told the him/her something (`Karl Berg told him it would close. "I believed
him," he said`), is not that teller's: it is the named one told's, or nobody's (invented names and
sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in body(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # the one told is only a him/her: nobody
        (
            'Tom Varrow, 44, runs the mill. His father, Karl, told him it would never close. "I believed him," he said.',
            [None],
        ),
        (
            'Tom Varrow runs the mill. Karl Berg told him it would never close. "I believed him," he said.',
            [None],
        ),
        (
            'Tom Varrow runs the mill. Karl Berg told him to sell. "I ignored him," he said.',
            [None],
        ),
        (
            'Ann Roe runs the shop. Her mother, Joan, told her it would fail. "I never believed her," she said.',
            [None],
        ),
        (
            'Ann Roe runs the shop. Nell Haag, the landlord, had told her the rent would rise. "I trusted her," she said.',
            [None],
        ),
        # the one told is named: the words are theirs
        (
            'Karl Berg told Tom Varrow the mill would never close. "I believed him," he said.',
            ["Tom Varrow"],
        ),
    ],
)
def test_the_teller_the_quote_speaks_of_is_not_its_speaker(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # no him/her in the quote: the teller may go on (review46)
        (
            'Ivo Tam, 17, sells bread. His grandfather, Karl Berg, told him the recipe was secret. "I learned it in 1950," he said.',
            ["Karl Berg"],
        ),
        (
            'Tom Varrow, 44, runs the mill. His brother, Mark, told him to sell. "I refused," he said.',
            ["Tom Varrow"],
        ),
        # the him/her of the other sex, or the teller told a woman: not the shape
        (
            'Karl Berg told him the mill would close. "I warned her," he said.',
            ["Karl Berg"],
        ),
        (
            'Karl Berg told reporters the mill would never close. "I promised him that," he said.',
            ["Karl Berg"],
        ),
        # an outlet told, or another named in the telling sentence: the him may be that other one
        (
            'Ivo Marsh told the Courier that he and Lund had been frustrated. "They reined him in," he said.',
            ["Ivo Marsh"],
        ),
        (
            'Ivo Marsh told Politico that he had been frustrated. "They reined him in," he said.',
            ["Ivo Marsh"],
        ),
        ('Karl Berg told him that Ben Roe would sell. "I believed him," he said.', ["Karl Berg"]),
        # the telling sentence is not the one right before the quote
        (
            'Karl Berg told him the mill would close. Karl Berg then left. "I warned him," he said.',
            ["Karl Berg"],
        ),
        # a teller who is no one else's he: the quote's own tag names him
        ('Karl Berg told him the mill would close. "I warned him," Berg said.', ["Karl Berg"]),
    ],
)
def test_other_tellers_keep_their_words(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers
