"""A cue before a semicolon that opens a clause with a subject and a finite verb of its own is spent
for a quotation after it: nobody (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            'In her first job, Pia Holm answered to Sven Ekman; the harbour master\'s favourite line was "Never sail at dusk."',
            [None],
        ),
        ('Ann Roe answered to Sven Ekman; his motto was "Never sail at dusk."', [None]),
        ('Pia Holm answered to Sven Ekman; Ekman\'s motto was "Never sail at dusk."', [None]),
        # a cue with a reported clause of its own before the semicolon may report on past it
        ('Ann Roe said the plan failed; the mayor was "out of touch."', ["Ann Roe"]),
        ('Ann Roe said the plan would work; the mayor\'s aides were "thrilled."', ["Ann Roe"]),
        ('"We will win," Tom Lee said; his rival was "a fraud."', ["Tom Lee", "Tom Lee"]),
        (
            'Tom Lee said he would stay. "I am not going anywhere," he said; the board was "behind him."',
            ["Tom Lee", "Tom Lee"],
        ),
        # a list, or the next verb of the same subject, after the semicolon, as before
        ('Ann Roe wants three things; a new bridge, a new school and "an end to the levy."', ["Ann Roe"]),
        ('Ann Roe praised the plan; and declared it "a triumph."', ["Ann Roe"]),
        ('Ann Roe called the plan "a triumph"; Tom Lee called it "a disaster."', ["Ann Roe", "Tom Lee"]),
    ],
)
def test_a_cue_before_a_semicolon_with_a_new_subject_is_spent(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in body(text)] == speakers
