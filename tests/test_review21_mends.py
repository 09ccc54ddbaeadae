"""Cases a review of the word-user, caller, dateline, it/they and one-person-role rules found to show
a wrong speaker, a wrong name or no quote (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in body(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Frost came. Ann Lee called a meeting, at which Tom Reed termed the plan "a farce," Ivo Marsh said.',
            "Ivo Marsh",
        ),
        ('Frost came. Ann Lee called Tom Reed, who described the plan as "a farce," Ivo Marsh said.', "Ivo Marsh"),
        ('Frost came. Lee called Reed a liar after Reed described the plan as "a farce," Reed said.', "Reed"),
        ('Frost came. Ann Lee called the plan "a farce," Ivo Marsh said.', "Ann Lee"),
    ],
)
def test_the_opening_caller_speaks_only_when_no_other_clause_comes_between(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]
