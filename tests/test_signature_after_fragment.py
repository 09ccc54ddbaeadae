"""A byline or signature (`--Ann Roe.`) right after a quotation names its speaker only when the
quotation opens its sentence; after a fragment inside a sentence with its own cue it is the
writer's sign-off (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> dict[str, str | None]:
    return {quote.text: quote.speaker for quote in body(text)}


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # A fragment inside a sentence with a cue before it: the cue's subject, not the byline.
        (
            'Ivo Varga said Monday that he will "try to form a stable government" and insisted that his '
            'party was "still the top force in the land."--Ada Marsh.\n\nDriver named in crash.',
            "still the top force in the land.",
            "Ivo Varga",
        ),
        (
            'The mayor, Ida Fenn, said the levy was "a tax on patience."--Tom Birk.\n\nFloods close road.',
            "a tax on patience.",
            "Ida Fenn",
        ),
        # A quotation that opens its sentence, then the signature line: the signer speaks.
        (
            'The board met on Monday.\n\n"Nobody here reads the minutes."\n\n- Ada Dunn.\n\nMore news.',
            "Nobody here reads the minutes.",
            "Ada Dunn",
        ),
    ],
)
def test_a_signature_names_only_the_speaker_of_a_quotation_opening_its_sentence(
    text: str, words: str, speaker: str
) -> None:
    assert _speakers(text).get(words) == speaker
