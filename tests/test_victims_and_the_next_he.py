"""A person named as one killed by a sentence whose subject is no person (`The blast killed Otto
Brandt.`, `The dead man was Otto Brandt, a roofer.`) or as `the late` one is no he or she of the next
quote while anyone else could be; the injured may speak (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in body(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            'Sergeant Ivo Pask led the inquiry. The blast killed Otto Brandt, a roofer. "The road was icy," he said.',
            ["Ivo Pask"],
        ),
        (
            'Sergeant Ivo Pask led the inquiry. The dead man was Otto Brandt, a roofer. "The road was icy," he said.',
            ["Ivo Pask"],
        ),
        (
            'Sergeant Ivo Pask spoke at the inquest into the death of the late Otto Brandt. "The road was icy," he said.',
            ["Ivo Pask"],
        ),
        (
            'Coroner Ann Quill opened the hearing. Police named the dead woman as Helen Lind, 40. "She drowned," she said.',
            ["Ann Quill"],
        ),
        (
            'Coroner Ann Quill opened the hearing. The blast killed Helen Lind, a baker. "It was quick," she said.',
            ["Ann Quill"],
        ),
    ],
)
def test_the_victim_is_passed_over_for_someone_else(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # nobody else could be the he: the one hurt, who lived to speak
        ('The impact threw Otto Brandt from the cab. He said "the brakes failed."', ["Otto Brandt"]),
        (
            'The lorry hit a wall. The impact threw Otto Brandt from the cab. "The brakes failed," he said.',
            ["Otto Brandt"],
        ),
        # the one else is of the other sex
        (
            'Sergeant Ann Quill led the inquiry. The impact threw Otto Brandt from the cab. "The brakes failed," he said.',
            ["Otto Brandt"],
        ),
        # the one hurt has spoken: a speaker as any other
        (
            'Sergeant Ivo Pask led the inquiry. The blast injured Otto Brandt, who said "I was lucky." '
            '"I will walk again," he said.',
            ["Otto Brandt", "Otto Brandt"],
        ),
        # the injured may speak (review41c finding 2)
        (
            "Ivo Pask, the mayor, visited the street on Tuesday. The blast injured Tom Reed, a baker, and wrecked "
            'his shop. "I was lucky to get out alive," he said.',
            ["Tom Reed"],
        ),
        (
            "Ivo Pask, the mayor, visited the street on Tuesday. Among the injured was Tom Reed, who was treated "
            'for burns. "I was lucky to get out alive," he said.',
            ["Tom Reed"],
        ),
        (
            'Robin Hale, the site manager, was on leave. The blast injured Tom Reed, a welder. "I was lucky to get '
            'out alive," he said.',
            ["Tom Reed"],
        ),
        (
            'Ivo Pask led the inquiry. The impact threw Otto Brandt from the cab. "The road was icy," he said.',
            ["Otto Brandt"],
        ),
        # an owner, no victim; the subject a person
        (
            'Ivo Pask chairs the board. The bill crushed Tom Reed\'s hopes. "I was shocked," he said.',
            ["Tom Reed"],
        ),
        (
            'Ivo Pask chairs the board. The bill killed Tom Reed\'s hopes. "I was shocked," he said.',
            ["Tom Reed"],
        ),
        (
            'Sergeant Ivo Pask led the inquiry. Otto Brandt killed the engine and ran. "The road was icy," he said.',
            ["Otto Brandt"],
        ),
        # a setback, no harm; the name is a subject
        (
            'Ivo Pask chairs the board. The scandal hit Tom Reed hard. "I was shocked," he said.',
            ["Tom Reed"],
        ),
        (
            'Ivo Pask led the inquiry. Otto Brandt, a roofer, survived the crash. "The road was icy," he said.',
            ["Otto Brandt"],
        ),
    ],
)
def test_a_victim_no_one_else_could_stand_for_keeps_the_pronoun(
    text: str, speakers: list[str | None]
) -> None:
    assert _speakers(text) == speakers
