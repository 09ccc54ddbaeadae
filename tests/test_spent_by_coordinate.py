"""A cue whose object is a plain noun phrase closed by a comma is spent when `, and` or `, but`
opens a clause with its own subject and verb that runs on to the quotation; the sentence's subject
is then no guess for a fragment in that clause either (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> dict[str, str | None]:
    return {quote.text: quote.speaker for quote in body(text)}


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # The later clause's words are not the first subject's.
        (
            'Ivo Varga praised the plan, and the crowd booed the "giveaway to the rich."',
            "giveaway to the rich.",
            None,
        ),
        (
            'Ivo Varga mentioned the former mayor, and the crowd took up the chant "Out with him! Out with him!"',
            "Out with him! Out with him!",
            None,
        ),
        (
            'The mayor\'s cuts have hit every library, but the cruellest was the "late desk" closure, staff said.',
            "late desk",
            "staff",
        ),
        # Reported speech may run on past its comma; a later cue of the same subject speaks.
        (
            'Ivo Varga said the plan was sound, and the crowd booed the "giveaway to the rich."',
            "giveaway to the rich.",
            "Ivo Varga",
        ),
        (
            'Ivo Varga praised the plan, and he called it "a gift to the towns."',
            "a gift to the towns.",
            "Ivo Varga",
        ),
        (
            'Ivo Varga praised the plan and called it "a gift to the towns."',
            "a gift to the towns.",
            "Ivo Varga",
        ),
    ],
)
def test_a_cue_spent_by_a_coordinate_clause(text: str, words: str, speaker: str | None) -> None:
    assert _speakers(text).get(words) == speaker
