"""The subject of a subordinate clause after a main clause speaks neither through a participle after
the clause nor through the main verb of speech: nobody (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ('Ann Roe resigned when Tom Lee took over, calling him "a bully."', [None]),
        ('Ann Roe quit after Tom Lee arrived, describing him as "a tyrant."', [None]),
        ('Fans cheered as Tom Lee scored, calling him "a genius."', [None]),
        ('Ann Roe said when Tom Lee called that the plan was "dead."', [None]),
        ('Ann Roe said that when Tom Lee called, the plan was "dead."', [None]),
        # the clause's own verb of speech, an aside of speech, the main subject, as before
        ('Ann Roe smiled when Tom Lee called the plan "reckless."', ["Tom Lee"]),
        ('Ann Roe laughed when Tom Lee said the plan was "dead."', ["Tom Lee"]),
        ('Ann Roe said when Tom Lee called that plan "dead," she wept.', ["Tom Lee"]),
        ('Ann Roe left when the board met, calling the vote "a farce."', ["Ann Roe"]),
        ('Tom Lee thought that the result, as he explained, was "a bubble."', ["Tom Lee"]),
        ('Ann Roe, known as Tom Lee to friends, refused, calling it "a sham."', ["Ann Roe"]),
        # a participle with no him or her after it may be the clause subject's own
        ('The meeting ended when the Rovers walked out, chanting "never again".', ["Rovers"]),
        ('Nobody spoke until Pia Holm stood up, shouting "this is a farce".', ["Pia Holm"]),
        # a verb of speech with a clause of its own before the subordinator, or one taking the "that"
        ('Ivo Marsh said he left early after Pia Holm argued that the levy was "theft."', ["Pia Holm"]),
        ('Ivo Marsh said after Pia Holm argued that the levy was "theft."', ["Pia Holm"]),
    ],
)
def test_a_subordinate_subject_after_a_main_clause_is_withheld(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in body(text)] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            'The quarrel over the harbour flared on Monday when Pia Lund, reading from a letter, described the deal as "a swindle."',
            [None],
        ),
        ('The row deepened as Ivo Marsh, waving a folder, branded the levy "theft."', [None]),
        # a participle after a name that is no clause's subject, or after the clause ends, as before
        ('Ann Roe spoke after Tom Lee, calling him "a hero."', ["Ann Roe"]),
        ('Ann Roe thanked Tom Lee, calling him "a hero."', ["Ann Roe"]),
        ('Ann Roe left when Tom Lee, her rival, arrived, calling him "a bully."', ["Ann Roe"]),
    ],
)
def test_a_cue_of_a_later_subordinate_subject_is_not_the_main_subjects(
    text: str, speakers: list[str | None]
) -> None:
    assert [q.speaker for q in body(text)] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ('Ann Roe wept when she met Tom Lee, calling him "a hero."', ["Ann Roe"]),
        ('Tom Lee quit after he lost the vote, calling it "a farce."', ["Tom Lee"]),
    ],
)
def test_a_pronoun_opening_the_subordinate_clause_keeps_its_person(
    text: str, speakers: list[str | None]
) -> None:
    assert [q.speaker for q in body(text)] == speakers
