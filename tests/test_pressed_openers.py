"""An opening clause in which one person presses another, then `he said`: the one pressed answers,
never the questioner (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body

_END = ' on the tax plan, he said: "I stand by every word of it."'


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Tom Reed debated. When a moderator, Ivo Marsh, pressed Tom Reed" + _END, "Tom Reed"),
        ("Tom Reed debated. When Ivo Marsh questioned Tom Reed" + _END, "Tom Reed"),
        ("Tom Reed debated. When Ivo Marsh pressed him" + _END, "Tom Reed"),
        # The one pressed is of the other sex: the he may be the questioner or another, nobody.
        ("Tom Reed debated. When a moderator, Ivo Marsh, pressed Ann Lee" + _END, None),
        # No questioning: the opening clause's subject goes on as before.
        ("Tom Reed debated. When Ivo Marsh arrived" + _END, "Ivo Marsh"),
    ],
)
def test_the_one_pressed_answers(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in body(text)] == [speaker]
