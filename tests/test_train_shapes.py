"""Shapes read wrong on the training split, written again with invented names and sentences: a name
given by a passive verb with adverbs before it, …"""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    "text",
    [
        'Orsolya Benz denounced the plan. Residents angry at the levy staged what is now commonly called a "tax revolt" in the valley.',
        'Engineers hope to tame the river for what\'s today typically called "managed retreat." The levy passed.',
        'Frost came early. The garden is what\'s called a "cold frame" by growers.',
    ],
)
def test_a_passive_naming_verb_after_adverbs_names_nobody(text: str) -> None:
    assert [q.speaker for q in body(text)] == []
