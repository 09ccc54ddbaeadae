"""A sentence opening on a time adverb set off by its comma (`Afterward, Quell stayed …`): the
adverb is no subject, the name after it is, so the he or she of the quote after it is that person
and not a man or woman named paragraphs before (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body

_TOWN_HALL = (
    "Rep. Dorian Quell held a town hall in Elm on Monday.\n\n"
    'Tom Brannock, 40, of Elm, said he was angry. "It was bad," Brannock said.\n\n'
)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            _TOWN_HALL
            + 'Afterward, Quell stayed in the hall. He told reporters he was fine. "I like it here," he said.',
            "Dorian Quell",
        ),
        (_TOWN_HALL + 'Afterwards, Quell stayed in the hall. "I like it here," he said.', "Dorian Quell"),
        (_TOWN_HALL + 'Subsequently, Quell left by a side door. "I like it here," he said.', "Dorian Quell"),
        (_TOWN_HALL + 'Thereafter, Quell took questions. "I like it here," he said.', "Dorian Quell"),
        # negatives: the adverb without a person after it leaves the pronoun as before
        (_TOWN_HALL + 'Afterward, the hall emptied. "I like it here," he said.', "Tom Brannock"),
        (_TOWN_HALL + 'Afterward, Brannock stayed in the hall. "I like it here," he said.', "Tom Brannock"),
        (
            'Gov. Ida Wren spoke first.\n\nAfterward, Ms. Wren took questions. "We are ready," she said.',
            "Ida Wren",
        ),
    ],
)
def test_a_time_adverb_is_no_subject(text: str, speaker: str) -> None:
    assert body(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A club's or a firm's name after the adverb is not read as the paragraph's subject (it would
        # take the next he or she): the answer is as if the adverb were not read at all.
        (
            "Kestrel Rovers manager Tom Reed wanted a striker.\n\n"
            'Subsequently, Kestrel Rovers signed Ed Dale. "He will score goals," he said.',
            "Tom Reed",
        ),
        ('Thereafter, Elm United sacked its coach. "It had to be done," he said.', None),
        ('Afterward, Orrin Holdings sold the mill. "We had no choice," he said.', None),
    ],
)
def test_no_club_or_firm_after_the_adverb(text: str, speaker: str | None) -> None:
    assert body(text)[-1].speaker == speaker
