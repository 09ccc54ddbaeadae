"""A signature line right after a quotation (`"…"--Ann Roe, Kell.`) names its writer as the speaker,
even when an earlier name and reporting verb stand in the same sentence (a rule that gave those
sentences' quotes to that earlier name was withdrawn: it gave a letter writer's words to the person
the letter answered). Invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    "text",
    [
        'Ever since Tom Lee said hello, my answer has been "no."--Ann Roe, Kell.',
        'Tom Lee says the bridge is safe, but my view is that it is "a death trap."--Ann Roe, Kell.',
        'If Tom Lee says the levy is fair, I say it is "theft."--Ann Roe, Kell.',
        'The board met on Monday.\n\n"Nobody here reads the minutes."\n\n- Ann Roe.\n\nMore news.',
    ],
)
def test_the_signer_speaks(text: str) -> None:
    assert [q.speaker for q in body(text)][-1] == "Ann Roe"
