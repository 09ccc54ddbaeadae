"""A statement alone on its line after a paragraph whose subject, a name, reports with a verb of
speech set apart from it (`Lee in a long interview said …`) is that person's (invented names and
sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Harbour board chairman Tomas Fenwick said the dredging delay would be short.\n"
            "Fenwick in a lengthy interview to be broadcast on Friday said the board had to find the "
            "money itself.\n"
            '"The fishermen will be patient as long as they see the channel being cleared."',
            "Tomas Fenwick",
        ),
        (
            "Farm union leader Greta Holm toured the flooded fields on Tuesday.\n"
            "Holm, unlike the county's own surveyors, went further and said the damage would last "
            "for years.\n"
            '"Some of these fields will not grow a decent crop again before the end of the decade."',
            "Greta Holm",
        ),
    ],
)
def test_a_name_reporting_apart_from_its_verb(text: str, speaker: str) -> None:
    assert [q.speaker for q in body(text)][-1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # The name's verb is no verb of speech: the statement is nobody's, as before.
        "Farm union leader Greta Holm toured the flooded fields on Tuesday.\n"
        "Holm in a phone call with the local station on Thursday inspected the drains.\n"
        '"Some of these fields will not grow a decent crop again before the end of the decade."',
        # Another person speaks in a later sentence of the paragraph: either may go on (fix41a).
        "Harbourmaster Bram Ostry met ferry owner Lena Quell at the quay on Friday.\n"
        "Ostry in a later radio interview said the berths were full. Quell disagreed.\n"
        '"There is room for two more boats if the council lets us dredge the inner basin."',
        # Another person is named after the verb: the words may be theirs.
        "Harbourmaster Bram Ostry met ferry owner Lena Quell at the quay on Friday.\n"
        "Ostry in a later radio interview said Quell had ignored the rules.\n"
        '"I have followed every rule this harbour has ever had, and I can prove it."',
        # A lawyer speaking of a client: the first-person words are the client's.
        "Harbourmaster Bram Ostry was charged with theft on Friday.\n"
        "Ostry's lawyer in court on Monday said his client had done nothing wrong.\n"
        '"I never touched the harbour fund and I never will."',
    ],
)
def test_no_speaker_without_a_named_reporter(text: str) -> None:
    assert [q.speaker for q in body(text)][-1] is None
