"""A byline glued to a quotation (`"…"--Ann Roe.`) inside a news sentence whose own cue names a
speaker is the writer's sign-off; any other signature after a quotation still names its speaker
(invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> dict[str, str | None]:
    return {quote.text: quote.speaker for quote in body(text)}


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # A fragment inside a sentence whose cue names its speaker: the cue's subject, not the byline.
        (
            'Councillor Bea Strand told the hearing on Thursday that the depot would be "a blight on the '
            'whole valley."--Rolf Ekman.\n\nSchools reopen after storm.',
            "a blight on the whole valley.",
            "Bea Strand",
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
        # No cue of the sentence's own names a speaker, or the byline is not glued: the signer speaks.
        ('- Best advice: to "never sign on a Friday." — Ann Roe, Kell', "never sign on a Friday.", "Ann Roe"),
        ('Q. What is your motto? A. "Never retreat." — Ann Roe', "Never retreat.", "Ann Roe"),
        (
            'Her advice to young reporters is to "check everything twice." — Nora Pike',
            "check everything twice.",
            "Nora Pike",
        ),
        (
            'My mother always told me to "finish what you start." --Nora Pike, Kell.',
            "finish what you start.",
            "Nora Pike",
        ),
    ],
)
def test_a_glued_byline_after_a_cued_fragment_is_the_writers(text: str, words: str, speaker: str) -> None:
    assert _speakers(text).get(words) == speaker
