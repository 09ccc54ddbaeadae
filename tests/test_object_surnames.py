"""A surname alone as the object of the sentence right before a he/she (`The answer caught Kell off
guard. She said …`) is the one person that sentence is about, and the pronoun's, as a full name in
the same place already is. Invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


_OPENING = 'Rep. Ruth Kell opened the hearing. Ida Tull, the auditor, said the numbers were "bad."\n\n'


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # The surname right after a verb: the person the sentence is about.
        (
            _OPENING
            + 'That answer appeared to catch Kell off guard. She said later she had expected "more."',
            None,
        ),
        (_OPENING + 'The figures surprised Kell. She said she would ask for "a second look."', None),
        (
            'Sen. Otto Brandt chaired the panel. Ivo Rusk, the witness, said the agency was "fine."\n\n'
            'The reply annoyed Brandt. He said the panel would "keep digging."',
            ["Ivo Rusk", "Otto Brandt"],
        ),
        # Not changed: the surname as a reported clause's subject (`said Kell was`, `that Kell was`).
        (
            _OPENING + 'Observers said Kell was tired. She said the hearing was "a mess."',
            ["Ida Tull", "Ida Tull"],
        ),
        (
            _OPENING + 'The press worried that Kell was tired. She said it was "a mess."',
            ["Ida Tull", "Ida Tull"],
        ),
        # Not changed: the surname after a preposition (a town may share it), the full name, a pronoun
        # subject in the sentence.
        (
            _OPENING + 'The hearing moved to Kell. She said later she had expected "more."',
            ["Ida Tull", "Ida Tull"],
        ),
        (
            'Ann Houston chairs the board. Ida Tull, the auditor, said the numbers were "bad."\n\n'
            'The plant is near Houston. She said later she had expected "more."',
            ["Ida Tull", "Ida Tull"],
        ),
        (_OPENING + 'That answer caught Ruth Kell off guard. She said she had expected "more."', None),
        (
            _OPENING + 'She told Kell the numbers were final. She said she had expected "more."',
            ["Ida Tull", "Ida Tull"],
        ),
    ],
)
def test_a_lone_surname_object_is_whom_the_sentence_is_about(
    text: str, speakers: list[str | None] | None
) -> None:
    assert _speakers(text) == (speakers or ["Ida Tull", "Ruth Kell"])
