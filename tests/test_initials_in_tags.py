"""A body's initials in brackets inside a closing tag, between the body's name and its officer's role
(invented names and sentences only)."""

from __future__ import annotations

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in body(text)]


def test_initials_after_a_body_do_not_cut_the_tag() -> None:
    text = (
        '"The quay fees are far too high," Tarn Harbour Board (THB) chairman Ivo Marsh said.\n\n'
        '"We will ask the council again," he said.'
    )
    assert _speakers(text) == ["Ivo Marsh", "Ivo Marsh"]


def test_initials_in_a_ministry_officer_tag_followed_by_adding() -> None:
    text = (
        '"The levy is unfair," Ministry of Tarn Trade and Industry (MTTI) director general Ivo Marsh '
        'told reporters, adding: "If it stays, we will answer."'
    )
    assert _speakers(text) == ["Ivo Marsh", "Ivo Marsh"]


def test_bracketed_word_that_is_no_gloss_of_the_body_still_ends_the_name() -> None:
    # "(D-Tarn)" glosses a person, not a body: the name ends there, as before.
    text = '"We will vote no," Senator Ivo Marsh (D-Tarn) told reporters.'
    assert _speakers(text) == ["Ivo Marsh"]
