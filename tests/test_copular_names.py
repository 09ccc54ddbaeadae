"""A name after "is"/"was" completing a described subject that is a speaking role (`The main
sponsor is Rep. Lena Voss, whom …`) is the person the sentence is about, the he or she of the next
quote, though the sentence names another person too; a role of one acted on (`The victim was …`)
is not. Invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


_OPENING = 'One veteran organizer said the mood was "grim."\n\n'
_CRASH = 'Sgt. Paul Marden, a state trooper, said the truck was "going far too fast."\n\n'


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A speaking role's person after "is"/"was": the she or he of the next quote.
        (
            _OPENING + "The main sponsor is Rep. Lena Voss of Marlow, whom Tom Crane once called a rival. "
            'She said the bill was "long overdue."',
            ["one veteran organizer", "Lena Voss"],
        ),
        (
            _OPENING + "The clear favorite was Otto Brandt, who outspent Ida Marsh's pick. "
            'He said the lead was "fragile."',
            ["one veteran organizer", "Otto Brandt"],
        ),
        # A role of one acted on: the earlier speaker stays.
        (
            _CRASH + 'The victim was Otto Brandt, 34, of Elm Falls. "He never saw it coming," he said.',
            ["Paul Marden", "Paul Marden"],
        ),
        (
            _CRASH + 'The driver was Otto Brandt, 34, of Elm Falls. He said the road was "slick."',
            ["Paul Marden", "Paul Marden"],
        ),
        (
            _CRASH + 'The suspect is Otto Brandt, 34, of Elm Falls. He said the chase was "brief."',
            ["Paul Marden", "Paul Marden"],
        ),
        (
            _CRASH + 'The dead man was Otto Brandt, 34, of Elm Falls. He said the scene was "grim."',
            ["Paul Marden", "Paul Marden"],
        ),
        (
            _CRASH + 'The target was Otto Brandt, 34, of Elm Falls. He said the threat was "real."',
            ["Paul Marden", "Paul Marden"],
        ),
        # Not changed: a possessor after "is", a thing after "is".
        (
            _OPENING + "The problem is Otto Brandt's plan, which Ida Marsh opposed. "
            'He said he was "weighing it carefully."',
            ["one veteran organizer", "one veteran organizer"],
        ),
        (
            _OPENING + "The problem is Congress, which blocked Ida Marsh's bill. "
            'He said he was "weighing it carefully."',
            ["one veteran organizer", "one veteran organizer"],
        ),
    ],
)
def test_a_speaking_role_named_after_is_is_whom_the_sentence_is_about(
    text: str, speakers: list[str | None]
) -> None:
    assert _speakers(text) == speakers
