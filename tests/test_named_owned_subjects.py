"""A sentence opening on an owner and a named relative or helper (`Ann Lee's son Tom Reed says
little.`): the named one is the he/she candidate, not someone nearer than himself (invented names)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Ann Lee\'s son Tom Reed says little. "We keep to ourselves," he said.', "Tom Reed"),
        ('Ivo Lee\'s son Tom said little. "We keep to ourselves," he said.', "Tom"),
        ('Ivo Lee\'s lawyer Tom Reed filed an appeal. "We will win," he said.', "Tom Reed"),
        # The owned one unnamed: either may be the he, nobody.
        ('Ann Lee\'s son says little. "We keep to ourselves," he said.', None),
        ('Ivo Lee\'s lawyer filed an appeal. "We will win," he said.', None),
    ],
)
def test_a_named_relative_is_the_candidate_itself(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in body(text)] == [speaker]
