"""The capitalised name of a body before a lower-case office and a name (`Inland Shipping chief Lena
Varga said`) stays whole in the role: invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ('Inland Shipping chief Lena Varga said: "Trade is slowing."', "Inland Shipping chief"),
        (
            'Tarnland Ferry Board chairman Lena Varga said: "Trade is slowing."',
            "Tarnland Ferry Board chairman",
        ),
        (
            'The port was busy. Dunmere Harbour spokesman Ivo Marsh said the ships were "late again."',
            "Dunmere Harbour spokesman",
        ),
        ('"Trade is slowing," Inland Shipping chief Lena Varga said.', "Inland Shipping chief"),
        ('"Trade is slowing," said Inland Shipping Minister Lena Varga.', "Inland Shipping Minister"),
        # A word that opens no body's name stays out of it.
        ('But Harbour chief Lena Varga said: "Trade is slowing."', "Harbour chief"),
        ('Political scientist Lena Varga said: "Trade is slowing."', "Political scientist"),
    ],
)
def test_a_bodys_capitalised_name_before_an_office_stays_in_the_role(text: str, role: str) -> None:
    assert [quote.role for quote in body(text)] == [role]
