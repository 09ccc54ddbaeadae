"""A body named 'X of Y' before its officer's role and name: the officer speaks, never a person
called by the body's first word (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Ferry fares went up again. "Nobody asked the islanders," Confederation of Tarnish Hauliers '
            "President Orvel Sa Danmark said.",
            "Orvel Sa Danmark",
        ),
        (
            '"Nobody asked," Confederation of Tarnish Hauliers president Orvel da Silva Danmark said.',
            "Orvel da Silva Danmark",
        ),
        (
            'Ferry fares went up. "Nobody asked the islanders," Confederation of Tarnish Hauliers '
            "President Orvel Danmark said.",
            "Orvel Danmark",
        ),
        (
            'Ferry fares went up again. "Nobody asked the islanders," Confederation of Tarnish Hauliers '
            "(CTH) president Orvel Danmark said.",
            "Orvel Danmark",
        ),
    ],
)
def test_officer_of_a_body_named_x_of_y_speaks(text: str, speaker: str) -> None:
    assert [q.speaker for q in body(text)] == [speaker]
