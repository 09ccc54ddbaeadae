"""The quote evaluation's scoring functions, on invented records."""

from __future__ import annotations

import pytest

from osceq.evaluate.quotes import name_right


@pytest.mark.parametrize(
    ("gold_mention", "shown", "expected"),
    [
        ("Democratic pollster Ilse Varga", "Ilse Varga", True),
        ("Varga", "Ilse Varga", True),  # the surname, shown with the article's full name
        ("Democratic pollster Ilse Varga", "Democratic", False),
        ("Varga", "Tomas Ebner", False),
        ("Varga", None, False),
        # Mentions that name no one by name are not scored.
        ("she", "Ilse Varga", None),
        ("a company spokesman", "a company spokesman", None),
    ],
)
def test_name_right(gold_mention: str, shown: str | None, expected: bool | None) -> None:
    assert name_right({"speaker": gold_mention}, {"speaker": shown}) is expected
