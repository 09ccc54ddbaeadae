"""Inverted tags (`"…," said X`) on invented wire-style sentences: the speaker after the verb, and
no speaker lent from elsewhere when the tag's own speaker cannot be read."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body

# (text, speaker shown for the first quote)
READ_TAGS = [
    # A role that is also a reporting verb ("counsel") after a modifier is the noun.
    ('"We will file again on Monday," said general counsel Mira Toll.', "Mira Toll"),
    ('"We will file again on Monday," said Brantco special counsel Mira Toll.', "Mira Toll"),
    # A participle after the speaker describes the speaker.
    ('"We will file again on Monday," said the statement quoted by the agency.', "the statement"),
    ('"We will file again on Monday," said another trader adding, "not before."', "another trader"),
    ('"We will file again on Monday," said a clerk calling himself Ivo.', "a clerk"),
    # A firm named with "and", then a role, then the person: the person speaks.
    ('"We will file again on Monday," said Varga and Co assistant manager Mira Toll.', "Mira Toll"),
    ('"We will file again on Monday," said Ada Roe and Bo Park.', "Ada Roe and Bo Park"),
    # A doubled verb is a slip of the keyboard.
    ('"We will file again on Monday," said said Mira Toll, the chairman.', "Mira Toll"),
]


@pytest.mark.parametrize(("text", "speaker"), READ_TAGS)
def test_inverted_tag_names_the_phrase_after_the_verb(text: str, speaker: str) -> None:
    assert body(text)[0].speaker == speaker


# The tag right after the quote cannot be read: its speaker is somebody not named nearby, so neither
# the sentence before nor a quote before in the paragraph may lend theirs.
UNREAD_TAGS = [
    # (wire copy in lower case, where no name can be told from other words)
    'The crowd cheered. "Nobody wants to pay for the bridge," said ivo marsh of the central bank.',
    'Ada Roe spoke first. "We did it," she said. "Nobody wants to pay for it," added whoever was left.',
    'The crowd cheered. "Nobody wants to pay for the bridge," said whoever was left.',
]


@pytest.mark.parametrize("text", UNREAD_TAGS)
def test_quote_with_an_unread_tag_of_its_own_stays_unattributed(text: str) -> None:
    last = body(text)[-1]
    assert last.text.startswith("Nobody wants")
    assert last.speaker is None and last.mention is None
    assert last.evidence == "unread-tag"


def test_quote_mark_after_the_verb_is_no_unread_tag() -> None:
    # `…," added "…"`: a broken tag with no speaker at all; the quote carries on its paragraph's.
    quotes = body('"Prices must fall," said Ada Roe. "They will fall," added "and soon."')
    assert [q.speaker for q in quotes] == ["Ada Roe", "Ada Roe", "Ada Roe"]
