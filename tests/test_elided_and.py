"""An "and" cut to its n after an apostrophe between two words (`Chicken 'N Biscuits`) opens no
quotation in single marks: invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            "Tarnfood Co said it sold 12 of its Duck 'N Dumpling diners in Dunmere as part of a cut at "
            "its Ovens' unit.",
            [],
        ),
        ("Ivo Marsh sells fish 'n chips at the pier, where the Sailors' club meets.", []),
        # A quotation in single marks still opens after a sentence's end, and around a lone 'n'.
        ("Fans cheered. 'N Tarnland is next,' the banner read.", ["N Tarnland is next,"]),
        ("Ivo Marsh loved rock 'n' roll. 'No one listens any more,' he said.", ["No one listens any more,"]),
    ],
)
def test_an_elided_and_opens_no_single_quote(text: str, quotes: list[str]) -> None:
    assert [quote.text for quote in body(text)] == quotes
