"""A surname alone as the object of a verb (`The crash killed Reed.`, `The jury convicted Reed.`) is
not whom the sentence is about for the he/she after it: the person acted on is often dead, on trial
or a place or firm of that name, so the pronoun keeps its earlier speaker. Invented names and
sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


_CRASH = (
    "Otto Brandt, 34, of Elm Falls, died Sunday when his car hit a truck. Sgt. Paul Marden, a state "
    'trooper, said the truck crossed the center line and was "going far too fast."\n\n'
)
_TRIAL = 'Otto Kell, 52, a former treasurer, was tried for fraud. Prosecutor Tom Barr said the case was "strong."\n\n'
_STRIKE = (
    "Jim Ford runs the carmaker's plant in Dunmore. Ed Voss, a union steward, said the walkout "
    'would go on "as long as it takes."\n\n'
)
_DROUGHT = (
    "Carl Jordan, the farm minister, toured the north. Ed Voss, an aid official, said the harvest "
    'was "the worst in memory."\n\n'
)
_HEARING = 'Rep. Ruth Kell opened the hearing. Ida Tull, the auditor, said the numbers were "bad."\n\n'


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # The person acted on (killed, convicted, arrested, sued, fired, charged, beaten) is not the
        # he of the quote after: the earlier speaker stays.
        (
            _CRASH + 'The crash killed Brandt instantly. "He never saw it coming," he said.',
            ["Paul Marden"] * 2,
        ),
        (
            _TRIAL + 'The jury convicted Kell on all counts. He said justice had been "served."',
            ["Tom Barr"] * 2,
        ),
        (_TRIAL + 'Deputies arrested Kell at his home. He said the arrest was "routine."', ["Tom Barr"] * 2),
        (_TRIAL + 'The state charged Kell in May. He said the charges were "solid."', ["Tom Barr"] * 2),
        (_TRIAL + 'A rival beat Kell badly in 2010. He said the past was "irrelevant."', ["Tom Barr"] * 2),
        (_TRIAL + 'The county fired Kell in 2014. He said that was "a warning sign."', ["Tom Barr"] * 2),
        (_TRIAL + 'The bank sued Kell last year. He said the suit was "unrelated."', ["Tom Barr"] * 2),
        # A firm or a country of the surname's spelling.
        (_STRIKE + 'The strike will cost Ford $1 billion. He said the union was "ready."', ["Ed Voss"] * 2),
        (_DROUGHT + 'The drought hurt Jordan badly. He said aid was "on the way."', ["Ed Voss"] * 2),
        # A possessor is no object: the she stays the earlier speaker's.
        (
            _HEARING + 'The news caught Kell\'s staff off guard. She said the figures were "final."',
            ["Ida Tull", "Ida Tull"],
        ),
        # The surname as a reported clause's subject (`said Kell was`, `that Kell was`), after a
        # preposition (a town may share it), a full name, a pronoun subject: the earlier speaker.
        (
            _HEARING + 'Observers said Kell was tired. She said the hearing was "a mess."',
            ["Ida Tull", "Ida Tull"],
        ),
        (
            _HEARING + 'The press worried that Kell was tired. She said it was "a mess."',
            ["Ida Tull", "Ida Tull"],
        ),
        (
            _HEARING + 'The hearing moved to Kell. She said the count was "not done."',
            ["Ida Tull", "Ida Tull"],
        ),
        (
            'Ann Houston chairs the board. Ida Tull, the auditor, said the numbers were "bad."\n\n'
            'The plant is near Houston. She said the count was "not done."',
            ["Ida Tull", "Ida Tull"],
        ),
        (
            _HEARING + 'She told Kell the numbers were final. She said the count was "not done."',
            ["Ida Tull", "Ida Tull"],
        ),
        # A full name with its given name is whom the sentence is about.
        (
            _HEARING + 'The vote left Ruth Kell without allies. She said she would try "again."',
            ["Ida Tull", "Ruth Kell"],
        ),
    ],
)
def test_a_lone_surname_object_is_not_whom_the_sentence_is_about(
    text: str, speakers: list[str | None]
) -> None:
    assert _speakers(text) == speakers


def test_a_clause_after_the_object_names_its_own_speaker() -> None:
    text = (
        "Otto Brandt, 61, a builder, and Ivo Rusk, 58, were partners for years. Ida Tull, a juror, "
        'said the trial was "long."\n\nThe audit cleared Brandt, Rusk\'s lawyer noted. He said the '
        'books were "clean."'
    )
    assert _speakers(text)[1] != "Otto Brandt"
