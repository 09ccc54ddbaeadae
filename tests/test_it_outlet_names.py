"""An "it" speaker whose paper is named like a person but was written before as a paper (`the
Tarn Herald newspaper said`) (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ormsland plans to give its mills more say over their funds, the Ormsby Zeitung newspaper "
            'said.\n"This rule is part of our policy," Ormsby Zeitung said, citing the use of robots.\n'
            '"This step could be the start of more changes. We must wait and see," it added.',
            "Ormsby Zeitung",
        ),
    ],
)
def test_a_paper_written_as_one_before(text: str, speaker: str) -> None:
    assert [q.speaker for q in body(text)][-1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # Never written as a paper: the name may be a person's.
        'Ormsland plans to give its mills more say, Ormsby Zeitung said.\n"This rule is part of our '
        'policy," Ormsby Zeitung said.\n"We must wait and see," it added.',
        # A paper named after its owner is not its owner: the owner is no "it".
        "Ormsland plans to give its mills more say, the Ormsby Zeitung newspaper said.\n"
        '"This rule is part of our policy," Ormsby said.\n"We must wait and see," it added.',
    ],
)
def test_no_paper_without_its_word(text: str) -> None:
    assert [q.speaker for q in body(text)][-1] is None
