"""Shapes read among the Reuters speakers still missed or wrong after draw 29, as invented
sentences (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body

SPOUSES = [
    (
        "Governor Holm denied that his wife, Ilse, runs the province. "
        'He said the reports had "touched a nerve." The governor and Mrs Holm flew home.',
        "Holm",
    ),
    # Negatives: with no wife of his in the story, `Mrs Holm` is the Holm of the story.
    (
        "Minister Holm denied that she would resign. "
        'She said the reports had "touched a nerve." Mrs Holm flew home.',
        "Holm",
    ),
    ('Mrs Holm spoke first at the Dorvik rally. She said the plan was "a good start."', "Holm"),
]


@pytest.mark.parametrize(("text", "speaker"), SPOUSES)
def test_a_wife_sharing_the_surname_makes_no_she_of_him(text: str, speaker: str | None) -> None:
    quotes = body(text)
    assert quotes and quotes[0].speaker == speaker
