"""Short quoted fragments that only a cue of their own sentence keeps: with no speaker, a fragment of a
few words is taken for scare quotes and dropped, on invented sentences."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def fragments(text: str) -> list[tuple[str, str, str | None, str]]:
    return [(q.text, q.kind, q.speaker, q.evidence) for q in body(text)]


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        ('Talia Brennock implied the council was "asleep" on housing.', "asleep"),
        ('Talia Brennock has coined a name, "tidal tax," for the levy.', "tidal tax,"),
        ('Talia Brennock has intimated that the levy is "doomed."', "doomed."),
        ('Talia Brennock also referenced the "midnight clause" twice.', "midnight clause"),
    ],
)
def test_verbs_of_implying_coining_and_referencing_name_the_speaker(sentence: str, fragment: str) -> None:
    assert fragments(sentence) == [(fragment, "partial", "Talia Brennock", "cue-before")]


@pytest.mark.parametrize(
    "text",
    [
        '"The pier will reopen in June," said Mara Quill, whose firm builds "slow" boats.',
        '"The pier will reopen in June," said Mara Quill, one of the "harbour five" founders.',
        '"The pier will reopen in June," Mara Quill said. "Ferry tax" is a local name for the toll.',
    ],
)
def test_a_word_or_two_lent_another_quotes_speaker_is_no_quote(text: str) -> None:
    assert fragments(text) == [("The pier will reopen in June,", "direct", "Mara Quill", "cue-after")]


def test_a_word_or_two_before_a_tag_closing_its_sentence_keeps_that_speaker() -> None:
    assert fragments('Fares will rise "sharply" and routes will "shrink," Mara Quill said.') == [
        ("sharply", "partial", "Mara Quill", "paragraph"),
        ("shrink,", "partial", "Mara Quill", "cue-after"),
    ]


def test_a_short_fragment_after_to_is_a_quoted_verb_phrase_of_the_subject() -> None:
    assert fragments('Rhea Dunmore plans to "start over" with the levy.') == [
        ("start over", "partial", "Rhea Dunmore", "sentence-subject")
    ]


def test_a_short_fragment_elsewhere_stays_scare_quotes() -> None:
    assert fragments('Rhea Dunmore plans a "fresh start" with the levy.') == []


@pytest.mark.parametrize(
    "sentence",
    [
        'Ana Ruiz said she had never met José "Pepe" Ortiz before the vote.',
        'Ana Ruiz said she had never met Juan "Pepe" Núñez before the vote.',
    ],
)
def test_a_nickname_inside_an_accented_name_is_no_quote(sentence: str) -> None:
    assert fragments(sentence) == []


def test_a_word_or_two_closing_a_statement_keeps_the_lent_speaker() -> None:
    quotes = fragments('"The pier will reopen in June," said Mara Quill, whose crews work "all night."')
    assert quotes[-1] == ("all night.", "partial", "Mara Quill", "paragraph")


@pytest.mark.parametrize(
    ("sentence", "fragment", "speaker"),
    [
        (
            'Mill rents rose by a third, which a harbour spokeswoman termed "steep."',
            "steep.",
            "a harbour spokeswoman",
        ),
        (
            'Orla Fenwick declined to comment, and a spokesman for the guild called the memo "gossip."',
            "gossip.",
            "a spokesman for the guild",
        ),
        ('An analyst called the ferry levy just "silly."', "silly.", "an analyst"),
    ],
)
def test_a_person_naming_an_object_speaks_though_indefinite(
    sentence: str, fragment: str, speaker: str
) -> None:
    # `a spokesman called the memo "…"`: with an object between, "called" is the person's verb, not
    # the participle of `a group called "…"`.
    assert fragments(sentence) == [(fragment, "partial", speaker, "cue-before")]


@pytest.mark.parametrize(
    "sentence",
    [
        'The town backed a plan called the new "Tidal Deal" in May.',
        'The pier now hosts a club called the "Tide Nine" on Fridays.',
    ],
)
def test_a_thing_called_a_name_is_no_speaker(sentence: str) -> None:
    assert fragments(sentence) == []
