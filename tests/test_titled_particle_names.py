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


@pytest.mark.parametrize(
    ("titled", "pronoun", "speaker"),
    [
        # the title's sex reaches the particle surname as it does a plain one (fix37b); the one met is
        # an object, so none rather than the titled person of the other sex
        ("Mr. de la Cruz", "she", None),
        ("Mr. de la Cruz", "he", "de la Cruz"),
        ("Ms. van der Berg", "he", None),
        ("Ms. van der Berg", "she", "van der Berg"),
        ("Mr. Ó Faoláin", "she", None),
        ("Mrs. di Santo", "he", None),
        ("Mr. Pellam", "she", None),
    ],
)
def test_a_titled_particle_surnames_sex_keeps_the_pronoun_off(
    titled: str, pronoun: str, speaker: str | None
) -> None:
    other = "Mira Tollan" if pronoun == "she" else "Oskar Delmont"
    text = f'{titled} met {other} in Dunmere on Monday. "We are done," {pronoun} said.'
    assert [quote.speaker for quote in body(text)] == [speaker]
