"""A roundup's item opening on a label in capitals and a dash after the story's first paragraph
(`MOVES — Cato Prell, a former deputy …, is moving …`) is no dateline: its subject is read as any
sentence's, so the item's he or she is the person it opens on, not one named in the item before
(invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body

_BEFORE = 'Good morning. Sen. Tom Brannock said the vote would pass. "It will pass," he said.\n\n'


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            _BEFORE
            + 'MOVES — Cato Prell, a former deputy to Rep. Ann Cole, is moving to a bank. "It was time," he said.',
            "Cato Prell",
        ),
        (
            _BEFORE + "PEOPLE WE'RE WATCHING — Cato Prell, a deputy in the state party, will run for mayor. "
            '"Somebody has to," he said.',
            "Cato Prell",
        ),
        (
            _BEFORE + 'HIRED -- Cato Prell has joined the Ortega campaign. "I am excited," he said.',
            "Cato Prell",
        ),
        # negatives: no person after the label, or a woman: the he stays as before
        (
            _BEFORE + 'MOVES — The Ortega campaign hired a new press aide. "It was time," he said.',
            "Tom Brannock",
        ),
        (
            _BEFORE
            + 'DEALS — Orrin Holdings, the Elm lender, is selling its branches. "It was time," he said.',
            "Tom Brannock",
        ),
        # a dateline opening the story's first paragraph is read as before
        (
            'ELMWOOD — Cato Prell, a local farmer, said the dam had failed. "It was time," he said.',
            None,
        ),
        (
            'ELMWOOD — Gov. Cato Prell said the dam had failed. "It was time," he said.',
            "Cato Prell",
        ),
    ],
)
def test_a_roundup_label_is_no_dateline(text: str, speaker: str | None) -> None:
    assert body(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    "item",
    [
        'TRANSFERS — Kestrel Rovers signed two defenders. "They will help," he said.',
        'DEALS — Orrin Brewing Co bought a rival. "It fits," he said.',
        'HONOURS — The Elm Rowing Association named a new coach. "She earned it," he said.',
    ],
)
def test_a_body_opening_the_item_is_no_he(item: str) -> None:
    """A firm, a club or a body the item opens on is no he or she: the tag is read as before."""
    text = 'Tom Reed, the club\'s manager, spoke on Friday. "We need a striker," he said.\n\n' + item
    assert body(text)[-1].speaker in {"Tom Reed", None}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Tom Reed questioned Ed Dale in court.\n\nREED — Mr. Dale, where were you? "I must press you," he said.',
            "Tom Reed",
        ),
        (
            'Tom Reed interviewed Ed Dale on Monday.\n\nREED — Mr. Dale, you quit. "I did," he said.',
            "Tom Reed",
        ),
        (
            'Tom Reed questioned Ed Dale in court.\n\nCOUNSEL — Mr. Dale, where were you? "I must press you," he said.',
            "Tom Reed",
        ),
    ],
)
def test_a_transcript_line_is_no_item(text: str, speaker: str | None) -> None:
    """A label that is a surname the article names, or a question after the label, is a transcript's
    speaker and the one addressed, not a roundup item's subject."""
    assert body(text)[-1].speaker == speaker
