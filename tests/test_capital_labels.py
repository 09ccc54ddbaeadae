"""A speaker label in capitals (`VELL: "…"`, `"VELL: …"`) shows the one full name the article gives
that surname; with none or two it stays as written (invented names only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body

_ANSWER = '"We will cut the levy next year, and then we will see."'


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (f"Ann Vell is the new chief.\n\nQ: Will you cut the levy?\n\nVELL: {_ANSWER}", ["Ann Vell"]),
        (f"Mayor Ann Vell spoke to us.\n\nVELL: {_ANSWER}", ["Ann Vell"]),
        (f"Ann Vell spoke to us.\n\n{_ANSWER[0]}VELL: {_ANSWER[1:]}", ["Ann Vell"]),
        (f"Ann Ek is the new chief.\n\nQ: Will you cut the levy?\n\nEK: {_ANSWER}", ["Ann Ek"]),
        # nobody named so, or two: the label as written, as before
        (f"Ann Marsh-Vellan spoke to us.\n\nMARSHVELLAN: {_ANSWER}", ["MARSHVELLAN"]),
        (f"The chief spoke to us.\n\nQ: Will you cut the levy?\n\nVELL: {_ANSWER}", ["VELL"]),
        (f"Ann Vell and Bo Vell spoke to us.\n\nVELL: {_ANSWER}", ["VELL"]),
        (f"TARK ministers met in Pelby.\n\nTARK: {_ANSWER}", ["TARK"]),
        (f"Ann Vell spoke to us.\n\nAnn Vell: {_ANSWER}", ["Ann Vell"]),
    ],
)
def test_a_label_in_capitals_shows_the_full_name(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in body(text)] == speakers
