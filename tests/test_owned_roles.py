"""A possessive determiner, a title and a full name (`its president Ivo Marsh`) name a person, a
given name known or not (invented names and sentences only)."""

from __future__ import annotations

import pytest

from osceq.extract.mentions import parse_mention
from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("mention", "name"),
    [("its president Orvel Danmark", "Orvel Danmark"), ("their lawyer Tavi Ormsbek", "Tavi Ormsbek")],
)
def test_owned_role_then_full_name_is_a_person(mention: str, name: str) -> None:
    assert parse_mention(mention).name == name


def test_owned_role_then_lower_case_words_stays_a_description() -> None:
    assert parse_mention("its president and chief executive").kind == "description"


def test_he_after_a_tag_with_an_owned_role() -> None:
    text = (
        "TARNTON, March 11 - Kopec has reaffirmed its commitment to fixed prices, its president "
        'Orvel Danmark said.\nHe told a news conference here "We will hold firm on prices."'
    )
    assert [q.speaker for q in body(text)] == ["Orvel Danmark"]
