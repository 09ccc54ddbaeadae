"""An opening clause in which one person presses another, then `he said`: the one pressed answers
when a person of the pronoun's sex, never the questioner then; otherwise the questioner goes on as
before (invented names and sentences only)."""

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
        ('Ann Lee spoke. When Ivo Marsh pressed Ann Lee on taxes, she said: "I stand by it."', "Ann Lee"),
        # The one pressed is of the other sex: the questioner, whose sex fits, goes on as before.
        ("Tom Reed debated. When a moderator, Ivo Marsh, pressed Ann Lee" + _END, "Ivo Marsh"),
        ('When Ann Lee pressed Tom Reed on taxes, she said: "Answer me."', "Ann Lee"),
        ('When Ann Lee pressed him on taxes, she said: "Answer me."', "Ann Lee"),
        ('When Ivo Marsh pressed her on taxes, he said: "Answer me."', "Ivo Marsh"),
        # An organisation, or one of no known sex, is asked: no person of the pronoun's sex answers.
        ('When Ivo Marsh questioned Congress about the plan, he said: "They have no answer."', "Ivo Marsh"),
        ('When Ivo Marsh questioned Reuters about the report, he said: "They have no answer."', "Ivo Marsh"),
        ('When Ivo Marsh pressed Dover Council on the budget, he said: "They have no answer."', "Ivo Marsh"),
        ('When Ivo Marsh pressed Reed on taxes, he said: "Answer me."', "Ivo Marsh"),
        # No questioning: the opening clause's subject goes on as before.
        ("Tom Reed debated. When Ivo Marsh arrived" + _END, "Ivo Marsh"),
    ],
)
def test_the_one_pressed_answers(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in body(text)] == [speaker]
