"""A he/she tagged quote after `X told Y/him …` whose him/her may be either man: the teller keeps the
words as before the withdrawn told-answers rule, never the one told nor nobody (invented names and
sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ('Tom Reed told Ivo Pask about the plan. "I warned him for months," he said.', ["Tom Reed"]),
        ('Tom Reed told him to leave. "I wanted him gone before the match," he said.', ["Tom Reed"]),
        ('Ann Lee told her the shop would close. "I gave her every chance," she said.', ["Ann Lee"]),
        ('Otto Brandt told Karl Berg the deal was off. "I owed him the truth," he said.', ["Otto Brandt"]),
        ('Nell Haag told her the rent would rise. "I had warned her twice," she said.', ["Nell Haag"]),
    ],
)
def test_the_teller_keeps_the_words(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in body(text)] == speakers
