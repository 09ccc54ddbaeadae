"""A surname opening on particles after a title of address (`Ms. Ó Faoláin`, `Dr. de la Cruz`) is a
person the next he or she may stand for: invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("titled", "pronoun"),
    [
        ("Ms. Ó Faoláin", "she"),
        ("Mr. Mac Giolla", "he"),
        ("Dr. de la Cruz", "she"),
        ("Ms. van der Berg", "she"),
        ("Ms. di Santo", "she"),
        ("Ms. Faoláin", "she"),
    ],
)
def test_a_titled_surname_with_particles_is_the_pronouns_person(titled: str, pronoun: str) -> None:
    text = f'{titled} chairs the Dunmere harbour board. "We will not back down," {pronoun} said.'
    assert [quote.speaker for quote in body(text)] == [titled.split(". ", 1)[1]]
