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
            "Kestrel Bank President Orvel Danmark said the Tarn debt halt was temporary.\n"
            "Danmark in a long radio interview to be aired on Sunday said Tarnland must come up with "
            "a plan.\n"
            '"I think the lenders are listening, but they need a plan that shows growth."',
            "Orvel Danmark",
        ),
        (
            "Tarn trade minister Ivo Marsh spoke in Ormsby on Monday.\n"
            "However, Marsh, like the Kestrel finance minister last week, was more explicit and said "
            "the north would face pressure.\n"
            '"The north will have to take into account the cost of a sharp fall in prices."',
            "Ivo Marsh",
        ),
    ],
)
def test_a_name_reporting_apart_from_its_verb(text: str, speaker: str) -> None:
    assert [q.speaker for q in body(text)][-1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # The name's verb is no verb of speech: the statement is nobody's, as before.
        "Tarn trade minister Ivo Marsh spoke in Ormsby on Monday.\n"
        "Marsh in a long radio interview on Sunday visited the northern mills.\n"
        '"The north will have to take into account the cost of a sharp fall in prices."',
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
