"""A denial right after an accusation, tagged by a bare he/she: the accused may answer, so the
accuser is not shown (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The accused of the same sex may be the one denying: nobody.
        (
            'Frost came. Ann Venn told the panel that Mira Tollan had misled it. "I have never misled anyone," she said.',
            None,
        ),
        ('Frost came. Ann Venn said Mira Tollan had lied to the panel. "I did not lie," she said.', None),
        ('Frost came. Ann Venn accused Mira Tollan of lying. "I never lied to anyone," she said.', None),
        # The accused is of the other sex: the accuser goes on.
        (
            'Frost came. Ann Venn said Ivo Tollan had misled the panel. "I have never trusted him," she said.',
            "Ann Venn",
        ),
        # No denial in the first person: the accuser goes on.
        (
            'Frost came. Ann Venn said Mira Tollan had misled the panel. "I was shocked to learn it," she said.',
            "Ann Venn",
        ),
        (
            'Frost came. Ann Venn accused Mira Tollan of lying. "She has never told the truth," she said.',
            "Ann Venn",
        ),
        # No one accused: the speaker goes on.
        (
            'Frost came. Ann Venn said the panel had been misled. "I never saw the papers," she said.',
            "Ann Venn",
        ),
    ],
)
def test_an_accused_persons_denial_is_not_the_accusers(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in body(text)] == [speaker]
