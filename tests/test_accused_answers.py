"""A denial right after an accusation, tagged by a bare he/she: the accused, a person of the
pronoun's sex, may answer when the quote denies the charge itself, so the accuser is not shown; any
other quote is the accuser's as before (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The accused of the same sex may be the one denying the charge: nobody.
        (
            'Frost came. Ann Venn told the panel that Mira Tollan had misled it. "I have never misled anyone," she said.',
            None,
        ),
        ('Frost came. Ann Venn said Mira Tollan had lied to the panel. "I did not lie," she said.', None),
        ('Frost came. Ann Venn said Mira Tollan had lied to the panel. "I didn\'t lie," she said.', None),
        ('Frost came. Ann Venn accused Mira Tollan of lying. "I never lied to anyone," she said.', None),
        ('Frost came. Ann Venn said Mira Tollan had lied to the panel. "That is false," she said.', None),
        (
            'Frost came. Ann Venn said Mira Tollan had stolen the funds. "I never stole a penny," she said.',
            None,
        ),
        ('Frost came. Ann Venn said Mira Tollan had lied to the panel. "I told no lies," she said.', None),
        # The accused is of the other sex: the accuser goes on.
        (
            'Frost came. Ann Venn said Ivo Tollan had misled the panel. "I have never trusted him," she said.',
            "Ann Venn",
        ),
        ('Frost came. Ivo Venn said Tom Reed lied. "I never trusted him," he said.', "Ivo Venn"),
        # No denial of the charge itself: the accuser goes on.
        (
            'Frost came. Ann Venn said Mira Tollan had misled the panel. "I was shocked to learn it," she said.',
            "Ann Venn",
        ),
        (
            'Frost came. Ann Venn accused Mira Tollan of lying. "She has never told the truth," she said.',
            "Ann Venn",
        ),
        (
            'Frost came. Ann Venn said Mira Tollan had misled the board. "I can\'t stay silent," she said.',
            "Ann Venn",
        ),
        ('Frost came. Ann Venn said Mira Tollan had lied. "I have no doubt she lied," she said.', "Ann Venn"),
        # An organisation, or one of no known sex, accused; a wrong done to the reporter: the accuser.
        (
            'Frost came. Ann Venn said the Treasury had misled the board. "I won\'t let it go," she said.',
            "Ann Venn",
        ),
        (
            'Frost came. Ann Venn said the Treasury had misled the board. "We were not misled," she said.',
            "Ann Venn",
        ),
        ('Frost came. Ann Venn said Tollan had threatened her. "I was not afraid," she said.', "Ann Venn"),
        (
            'Frost came. Ann Venn said Mira Tollan had threatened her. "I never threatened anyone," she said.',
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
