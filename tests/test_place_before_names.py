"""A place written right before a full name after "in", "at", "from" or "near" (`a trade expert in
Lisbon Ivo Pask`) is no part of the name (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            'Rain fell. A senior trade expert in Lisbon Tomas de Varga has watched closely. "The yen is strong," said de Varga.',
            ["Tomas de Varga"],
        ),
        (
            'Rain fell. A senior trade expert in Lisbon Ivo Pask has watched closely. "The yen is strong," said Pask.',
            ["Ivo Pask"],
        ),
        (
            'Rain fell. The envoy from Tarnia Helen Roe spoke first. "The yen is strong," Roe said.',
            ["Helen Roe"],
        ),
        # a given name first, or no preposition before the run: the name as before
        ('Rain fell. An expert in Lisbon, Ivo Pask, spoke. "The yen is strong," said Pask.', ["Ivo Pask"]),
        ('Rain fell. The talks went on with Ivo Pask present. "The yen is strong," said Pask.', ["Ivo Pask"]),
        ('Rain fell. Senator Ivo Pask spoke first. "The yen is strong," said Pask.', ["Ivo Pask"]),
    ],
)
def test_a_place_before_a_name_is_no_part_of_it(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in body(text)] == speakers
