"""Shapes read wrong on the training split, written again with invented names and sentences: a name
given by a passive verb with adverbs before it, a verb inside a relative clause closed before the
quote, an inverted tag inside the sentence, a subordinate clause read as a subject, an opening phrase
read as the head of an apposition, `claims of` read as a verb."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    "text",
    [
        'Orsolya Benz denounced the plan. Residents angry at the levy staged what is now commonly called a "tax revolt" in the valley.',
        'Engineers hope to tame the river for what\'s today typically called "managed retreat." The levy passed.',
        'Frost came early. The garden is what\'s called a "cold frame" by growers.',
    ],
)
def test_a_passive_naming_verb_after_adverbs_names_nobody(text: str) -> None:
    assert [q.speaker for q in body(text)] == []


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # The verb of a closed `, which X estimates …,` clause is no cue for the main clause's quote.
        (
            "Benz was asked by moderator Ivo Marsh whether his plan, which the Tax Board estimates would"
            ' cost $2 billion a year, would risk "adding another costly program to the budget."',
            [None],
        ),
        (
            "Then there was Ivo Marsh's remark that the miners, whom Ann Lee praised in her keynote"
            ' address, were "well paid" and cheerful.',
            ["Ivo Marsh"],
        ),
        # A quote inside the clause is the clause's own.
        ('The mayor backed the Tax Board, which Ann Lee called "a sham" last week.', ["Ann Lee"]),
    ],
)
def test_a_closed_relative_clause_keeps_its_verb_to_itself(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in body(text)] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "The mayor is new. The paradox of the levy, says Ivo Marsh, an economist at Dover College, is"
            ' that it was "the fairest tax in the county" for decades.',
            ["Ivo Marsh"],
        ),
        (
            'The mayor is new. The trouble, said Ann Lee, was that the plan was "dead on arrival" from the start.',
            ["Ann Lee"],
        ),
    ],
)
def test_an_inverted_tag_inside_the_sentence_names_the_speaker(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in body(text)] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "The mayor opened the session. A union memo was released as the markets closed stating that"
            ' the strike was "long overdue."',
            [],
        ),
        ('He sent out a letter when the board adjourned urging members to "stand firm" on the levy.', [None]),
    ],
)
def test_a_subordinate_clause_is_no_subject_of_the_participle_after_it(
    text: str, speakers: list[str | None]
) -> None:
    assert [q.speaker for q in body(text)] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "On Tuesday in Dover, after winning Kent in the primary, Gov. Ann Lee (R-DE), said,"
            ' "We are going all the way."',
            ["Ann Lee"],
        ),
        # A subordinator opening a clause of its own keeps the apposition.
        (
            "Both sides claimed a win. Lee's aide, Bo Park, called it a firewall, while Obi's spokesman,"
            ' Ivo Marsh, said that the race was "tied and close."',
            ["Ivo Marsh"],
        ),
    ],
)
def test_an_opening_phrase_is_no_head_of_an_apposition(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in body(text)] == speakers


@pytest.mark.parametrize(
    "text",
    [
        "Council members plan to release records in an effort to disprove Conservative claims of"
        ' "major progress" in the case.',
        'The council met amid Liberal reports of "heavy losses" in the north.',
    ],
)
def test_a_plural_speech_noun_before_of_is_no_verb(text: str) -> None:
    assert [q.speaker for q in body(text)] == []
