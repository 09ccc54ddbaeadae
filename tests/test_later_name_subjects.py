"""A person named as the subject of a later clause, nearer a quoted fragment than the sentence's
subject, speaks the fragment; the opening subject, another person, never does. Invented sentences
only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body

_FRAGMENT = '"wake up and smell the coffee."'


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (f"Bo Park signed an order, while Ann Vell proposed we {_FRAGMENT}", ["Ann Vell"]),
        (
            f"Bo Park signed an order, while Ann Vell, the former governor, proposed we {_FRAGMENT}",
            ["Ann Vell"],
        ),
        (f"Bo Park signed an order, but Ann Vell wanted voters to {_FRAGMENT}", ["Ann Vell"]),
        (f"Bo Park signed an order on Monday and Ann Vell wanted voters to {_FRAGMENT}", ["Ann Vell"]),
        (f"Bo Park signed an order and Ann Vell wanted voters to {_FRAGMENT}", ["Ann Vell"]),
        # One subject, or no later clause of a person: the opening subject as before.
        (f"Bo Park signed an order, while Dover Council wants voters to {_FRAGMENT}", ["Bo Park"]),
        (f"Bo Park, who ran the Harbour Hotel and Casino in Dover, wants voters to {_FRAGMENT}", ["Bo Park"]),
        (f"Bo Park signed an order, while his aides want voters to {_FRAGMENT}", ["Bo Park"]),
    ],
)
def test_later_clause_names(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in body(text)] == speakers


@pytest.mark.parametrize(
    "text",
    [
        # A comma closes the later clause right after its verb or its object: the main clause resumes.
        f"Tom Orrin wants, though Bo Park objects, voters to {_FRAGMENT}",
        f"Tom Orrin wants, while Mara Tollen hopes, that voters will {_FRAGMENT}",
        f"Tom Orrin wants, although Mara Tollen, his rival, objects, voters to {_FRAGMENT}",
        f"Tom Orrin wants, though Ann Vell objected, voters to {_FRAGMENT}",
        f"Tom Orrin wants, while Ann Vell hoped for calm, that voters will {_FRAGMENT}",
        f"Tom Orrin wants, although Ann Vell, his rival, objected, voters to {_FRAGMENT}",
    ],
)
def test_closed_later_clause_names(text: str) -> None:
    assert [q.speaker for q in body(text)] == ["Tom Orrin"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # Only a name surely a person's (a known given name or a title first) takes the fragment.
        (f"Tom Orrin signed an order, while Governor Ann Vell proposed we {_FRAGMENT}", ["Ann Vell"]),
        # Two capitalised words of a firm or a team are no person: the opening subject as before.
        (f"Tom Orrin signed an order, but Goldman Sachs wants clients to {_FRAGMENT}", ["Tom Orrin"]),
        (f"Tom Orrin signed an order, but Morgan Stanley wants clients to {_FRAGMENT}", ["Tom Orrin"]),
        (f"Tom Orrin signed an order, but Dover Rovers wants fans to {_FRAGMENT}", ["Tom Orrin"]),
        (f"Tom Orrin signed an order, but Harlow Kestrel proposed clients {_FRAGMENT}", ["Tom Orrin"]),
    ],
)
def test_later_names_of_persons_only(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in body(text)] == speakers


@pytest.mark.parametrize(
    "text",
    [
        # A word in -s after the name is no verb by its ending alone: the supporters speak, not Vell.
        f"Tom Orrin signed an order, and Ann Vell supporters hope voters will {_FRAGMENT}",
        f"Tom Orrin signed an order, but Ann Vell fans always want voters to {_FRAGMENT}",
    ],
)
def test_later_name_needs_a_verb(text: str) -> None:
    assert "Ann Vell" not in [q.speaker for q in body(text)]


def test_closed_later_clause_pronoun() -> None:
    # The she of a closed clause is no speaker (the he before it may be either person: none is given).
    text = f"Ann Vell met Tom Orrin. He wants, though she objects, voters to {_FRAGMENT}"
    assert [q.speaker for q in body(text)] != ["Ann Vell"]


def test_comma_inside_a_long_object_closes_nothing() -> None:
    # The comma sets off names inside the object, far from the verb: the he still speaks the fragment.
    text = (
        "Orrin is the only contender to have pledged to visit every town and he has long used that fact "
        'to taunt his chief rivals, Ann Vell and Bo Park, for not campaigning "the old way."'
    )
    assert [q.mention.text for q in body(text) if q.mention] == ["he"]
