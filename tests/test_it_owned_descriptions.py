"""An "it" speaker whose organisation is named after a place's possessive and a description
(`Tarnland's state-owned energy firm Petrolex said …`): the name, not the place (invented names
and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "TARNBY, May 4 - Tarnland's state-owned energy firm Petrolex said it would drill again "
            "near Ormsby.\nAbout 4,000 barrels a day were produced in tests, it said.\n"
            '"The find will be followed up with more drilling," it said.',
            "Petrolex",
        ),
        (
            "Kestrel's biggest steel group Vellmark Steel said its orders fell in May.\n"
            '"We expect a better second half," it said.',
            "Vellmark Steel",
        ),
    ],
)
def test_the_named_body_after_a_possessive_description(text: str, speaker: str) -> None:
    assert [q.speaker for q in body(text)][-1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # A person after the description: no body is the "it".
        "Tarnland's state-owned energy firm chief Ann Lee said it would drill again.\n"
        '"The find will be followed up with more drilling," it said.',
        # No reporting verb after the name: the name may be cut, so nothing is read.
        "Tarnland's state-owned energy firm Petrolex drilled again near Ormsby.\n"
        '"The find will be followed up with more drilling," it said.',
        # A description with no body's noun (`leading daily newspaper` would be one).
        "Tarnland's most famous son Orvel Danmark said the find was good news.\n"
        '"The find will be followed up with more drilling," it said.',
    ],
)
def test_no_body_without_the_whole_shape(text: str) -> None:
    assert [q.speaker for q in body(text)][-1] is None
