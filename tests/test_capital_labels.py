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
        (f"J. Vell is the new chief.\n\nVELL: {_ANSWER}", ["J. Vell"]),
        (f"Yesterday Vell spoke. Ann Vell is the new chief.\n\nVELL: {_ANSWER}", ["Ann Vell"]),
        # no full name: a sentence's last word, or a word opening a line, opens none
        (f"Ann Ek lives in Pelby. Vell said little at first.\n\nVELL: {_ANSWER}", ["VELL"]),
        (f"Dear Vell, I write to complain.\n\nVELL: {_ANSWER}", ["VELL"]),
        (f"Hello Vell, and welcome.\n\nVELL: {_ANSWER}", ["VELL"]),
        # a full name in a label in capitals is a second person of that surname
        (f"Ivo Vell, her son, also came.\n\nANN VELL: {_ANSWER}\n\nVELL: {_ANSWER}", ["ANN VELL", "VELL"]),
        (f"The talks were tense.\n\nANN VELL: {_ANSWER}\n\nVELL: {_ANSWER}", ["ANN VELL", "Ann Vell"]),
    ],
)
def test_a_label_in_capitals_shows_the_full_name(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in body(text)] == speakers
