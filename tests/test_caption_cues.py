"""Quotes with a cue of their own inside photo captions, in invented text."""

from __future__ import annotations

import pytest

from osceq.extract.layout import ROLE_CAPTION, segment
from osceq.extract.quotes import extract_quotes


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(quote.text, quote.speaker) for quote in extract_quotes(text, segment(text))]


_BEFORE = "Lorne Wins Gold\n\nBea Lorne won the final in Castlemere on Sunday.\n\n"
_AFTER = '\n\nThe coach, Tam Reeson, said the team had "trained for this moment for four years."'
_COACH = ("trained for this moment for four years.", "Tam Reeson")


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # a surname alone may be a parent's or the photographer's: nobody (review47)
        (
            'Bea Lorne holds her medal. "I never expected this," Lorne said. (Image credit: Hal Pirie)',
            [_COACH],
        ),
        (
            'Bea Lorne with her mother. "She was so brave today," said Mrs. Lorne. (Photo: Hal Pirie)',
            [_COACH],
        ),
        (
            'Bea Lorne at the pool on Sunday. "She never stops training," Pirie said. (Photo: Ann Pirie)',
            [_COACH],
        ),
        (
            '"I never expected this," said Bea Lorne, who won by a second. (Image: Hal Pirie)',
            [("I never expected this,", "Bea Lorne"), _COACH],
        ),
        (
            'Bea Lorne told reporters: "I never expected this." Photo: Hal Pirie/Castle Times',
            [("I never expected this.", "Bea Lorne"), _COACH],
        ),
        # No cue of the quote's own, or a he or she with nobody in the caption: nothing, as before.
        ('Fans at the "Go Bea" rally in Castlemere. (Photo: Hal Pirie)', [_COACH]),
        ('"I never expected this," she said. (Photo: Hal Pirie)', [_COACH]),
        ("Bea Lorne holds her medal on Sunday. (Photo: Hal Pirie)", [_COACH]),
        ('"Smile for us," said the photographer. Photo credit: Hal Pirie', [_COACH]),
    ],
)
def test_a_caption_quote_with_a_cue_of_its_own(caption: str, expected: list[tuple[str, str]]) -> None:
    text = f"{_BEFORE}{caption}{_AFTER}"
    assert any(block.role == ROLE_CAPTION for block in segment(text))
    assert _quotes(text) == expected


_RITA = "Lorne Wins Gold\n\nRita Lorne won the final in Castlemere on Sunday.\n\n"


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # A he or she in a caption speaks for nobody: the one pictured, a parent or coach beside her,
        # or somebody out of the picture may be the one speaking.
        (
            'Rita Lorne holds her medal. "I never expected this," she said. (Photo: Hal Pirie/Getty Images)',
            [],
        ),
        (
            'Rita Lorne, 7, with her mother after the race. "She was so brave today," she said. (Photo: Ivo Marsh)',
            [],
        ),
        (
            'Rita Lorne, 7, cheered by her grandmother, Bea. "She swims like a fish," she said. (Photo: Ivo Marsh)',
            [],
        ),
        ('Karl Lorne with his coach after the relay. "He never gave up," he said. (Photo: Ivo Marsh)', []),
        ('Rita Lorne holds her medal. "I always knew she could do it," he said. (Photo: Ivo Marsh)', []),
        ('Bea Lorne holds her medal. "I always knew she could do it," he said. (Photo: Ivo Marsh)', []),
        ('Bea Lorne holds her medal. "I never expected this," she said. (Photo: Ivo Marsh)', []),
        ('Rita Lorne hugs Ana Dunn. "I never expected this," she said. (Photo: Ivo Marsh)', []),
        ('Rita Lorne hugs Kim Dunn. "I never expected this," she said. (Photo: Ivo Marsh)', []),
        # A cue naming the speaker speaks in a caption.
        (
            'Rita Lorne with her mother after the race. "She was so brave," said Ana Lorne. (Photo: Ivo Marsh)',
            ["Ana Lorne"],
        ),
        ('Rita Lorne holds her medal. "I never expected this," Lorne said. (Photo: Ivo Marsh)', []),
        # a full name that is no speaker's own cue, or no person's (review49)
        (
            'Rita Lorne after the race. "What a day for all of us," Ana Lorne heard her coach say. (Photo: Ivo Marsh)',
            [],
        ),
        ('Rita Lorne after the race. "What a day for all of us," said Holy Trinity. (Photo: Ivo Marsh)', []),
        (
            'Rita Lorne after the race. "What a day for all of us," said New Castlemere. (Photo: Ivo Marsh)',
            [],
        ),
    ],
)
def test_a_pronoun_in_a_caption_speaks_for_nobody(caption: str, expected: list[str]) -> None:
    text = f"{_RITA}{caption}\n\nHer coach, Karl Dunn, said the team had trained for years."
    assert any(block.role == ROLE_CAPTION for block in segment(text))
    assert [speaker for _, speaker in _quotes(text)] == expected
