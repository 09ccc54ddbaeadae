"""Wrong persons and lost roles found by review38a in red35's rules, mended. Invented names and
sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # Only a person's full or titled name joins kin or a role after "and his/her/their".
        ('Kestrel and his deputy Ivo Marsh said: "We agree."', ["Ivo Marsh"]),
        ('He left Dunmore and his deputy Ivo Marsh said: "We miss him."', ["Ivo Marsh"]),
        ('He left Paris and her aide Ivo Marsh said: "We miss her."', ["Ivo Marsh"]),
        # The role after the possessive is shown with both people.
        ('Karen Holm and her deputy Ivo Marsh said: "We agree."', ["Karen Holm and her deputy Ivo Marsh"]),
        ('Karen Holm and her lawyer Ivo Marsh said: "We agree."', ["Karen Holm and her lawyer Ivo Marsh"]),
        # Kept: a full name, a titled name, kin with no name after it.
        ('Tim Ryder and his brother Sam said: "Nothing will change."', ["Tim Ryder and his brother Sam"]),
        ('Dr Tim Ryder and his wife Ann said: "We agree."', ["Tim Ryder and his wife Ann"]),
        ('Ada Holm and her husband said: "We agree."', ["Ada Holm and her husband"]),
    ],
)
def test_a_person_and_a_possessives_kin_or_role(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers
