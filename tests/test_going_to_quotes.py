"""`go to` right before a quote names where something goes (`the money would go to "…"`), not a
verb of speech leading into it. Invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # The thing that goes is no speaker: the subject of the reporting verb before it speaks.
        (
            "Four tenants spoke to the Gazette. One, a night nurse from Orrin, said the rent rise would go "
            'to "the landlord\'s new boat, frankly."',
            ["one"],
        ),
        (
            'Two clerks were asked. One, a man from Pell, said the surplus went to "the usual friends."',
            ["one"],
        ),
        (
            "Four tenants spoke to the Gazette. One, a night nurse from Orrin, said the fee would go to "
            '"a lobby nobody asked for" and left her "baffled, honestly."',
            ["one", "one"],
        ),
        # Not changed: `go on to`, `began by`, a subject read before, a plain tag.
        (
            "Nora Vance, a nurse who rents in Orrin, said she was promised the levy would go to "
            '"the buses first."',
            ["Nora Vance"],
        ),
        ('Pell went on to say the plan was "a joke."', ["Pell"]),
        ('Lee began by saying the plan was "a joke."', ["Lee"]),
        ('Nora Vance said the grant would go to "families who need it most."', ["Nora Vance"]),
        ('"It will go to the schools," Nora Vance said.', ["Nora Vance"]),
    ],
)
def test_going_to_a_quote_is_no_speech(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # "went on" closed by a comma before another clause is time passing, no speech: the clause's
        # own speaker, or none.
        (
            'Tom Orrin spoke first. As the debate went on, Orrin stood by his claim that "nothing was hidden."',
            ["Tom Orrin"],
        ),
        ('As the fight went on, Ann Vell wrote that it was "a disgrace."', ["Ann Vell"]),
        # "went on" right before the quote, or with a participle of speech, still leads into it.
        ('Tom Orrin went on, "Nothing was hidden."', ["Tom Orrin"]),
        ('Tom Orrin went on, adding: "Nothing was hidden."', ["Tom Orrin"]),
        ('Tom Orrin paused. Then he went on: "Nothing was hidden."', ["Tom Orrin"]),
    ],
)
def test_going_on_as_time(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


def test_going_on_gives_no_speaker() -> None:
    text = 'As the hearing went on, Ann Vell kept to her line that the deal was "fair and open."'
    assert "the hearing" not in _speakers(text)


def test_going_on_after_a_quote_still_tags() -> None:
    # A tag after a quote, closed by a comma and an aside, still gives the next quote its speaker.
    text = (
        'Ann Vell smiled: "Can happen at 45." She is 45.\n\n"You know, it happens, right?" Tom Orrin '
        'went on, as if he did not hear her. "But you get over it. Fight back."'
    )
    assert [(q.speaker, q.evidence) for q in body(text)][1:] == [
        ("Tom Orrin", "loose-tag"),
        ("Tom Orrin", "previous-sentence"),
    ]
