"""Wrong speakers found by the fix43b review: a participle with a "by" agent after a noun is a
reduced passive, not a cue. Invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # `the remedies offered by X`: the noun is what was offered; the later tag names the speaker.
        (
            "Asked about the fare cuts announced last month by Harbour Warden Oda Brisk to win back "
            'ferry riders Holloway said she had not read the plan in full but "the idea deserves a fair hearing."',
            ["Holloway"],
        ),
        (
            "Pressed on the terms proposed by the creditors, Nadia Pellan said she was not sure but "
            '"we will study every line."',
            ["Nadia Pellan"],
        ),
        (
            'The schedule drawn up by the council was late and Ovid Karr said "nobody told us."',
            ["Ovid Karr"],
        ),
        # Negatives: a "by" of manner or time after a body's verb of speech leaves it the speaker.
        ('The ministry said by telephone "we will sign the accord."', ["the ministry"]),
        ('The union said by March "we will have a deal."', ["the union"]),
        ('The agency announced by letter that "all flights" would stop.', ["the agency"]),
        ('A spokesman contacted by the paper said "we are worried."', ["a spokesman"]),
    ],
)
def test_agent_passive_is_no_cue(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # An object between the verb and "by": the verb is active, its subject speaks.
        ('The firm said the offer by the Marrow-led group was "plainly hostile."', ["the firm"]),
        ('The board called the bid by Tessel Holdings "wholly inadequate."', ["the board"]),
    ],
)
def test_object_before_by_keeps_the_cue(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


def _mentions(text: str) -> list[tuple[str | None, str | None]]:
    return [(quote.speaker, quote.mention.text if quote.mention else None) for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A fronted participle clause with no comma after it: its nouns are no part of the name.
        (
            'Commenting on the harbour levy Ivo Pellan said, "we will pay it in full."',
            [("Ivo Pellan", "Ivo Pellan")],
        ),
        (
            'Questioned about the grain quota treasurer Mira K. Dorran said "the quota stays."',
            [("Mira K. Dorran", "treasurer Mira K. Dorran")],
        ),
        (
            "Asked about the remedies offered by Trade Minister Ilse Varno to lift farm output Pellan "
            'said only that "her report is sound."',
            [("Pellan", "Pellan")],
        ),
        # Negatives: a comma closes the clause; a name joined by "of" stays whole.
        ('Asked about the levy, Ivo Pellan said "we will pay."', [("Ivo Pellan", "Ivo Pellan")]),
        (
            'Asked about the levy Ivo Pellan of Tarn Holdings said "we will pay."',
            [("Ivo Pellan", "Ivo Pellan of Tarn Holdings")],
        ),
        (
            'Asked about the levy the finance minister said "we will pay."',
            [("the finance minister", "the finance minister")],
        ),
    ],
)
def test_name_after_fronted_clause(text: str, found: list[tuple[str | None, str | None]]) -> None:
    assert _mentions(text) == found


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A past participle opening the sentence before a preposition is a fronted clause, no name.
        (
            'Pressed on the fare cuts announced this spring by the board Tomas Vell said he would "fight '
            'them all the way."',
            ["Tomas Vell"],
        ),
        (
            'Quizzed over the levy backed by the council Ann Roe said she was "not worried at all."',
            ["Ann Roe"],
        ),
        # Names and firms in -ed opening the sentence stay names.
        ('Ahmed on Monday announced he would "fight them all the way."', ["Ahmed"]),
        ('United on Tuesday said it would "fight them all the way."', ["United"]),
        ('Naveed on Monday said he would "fight them all the way."', ["Naveed"]),
    ],
)
def test_a_fronted_past_participle_is_no_name(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers
