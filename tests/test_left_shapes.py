"""Shapes that showed a wrong speaker or a wrong name and were left over from earlier reviews: the
user of quoted wording, a firm's name joined by "and", an `Asked X` opening, the text of a sign,
two people named by their roles (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body
from tests.quote_helpers import only_speaker as _speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Frost came. The levy is "a farce," a word that Ann Lee, the county\'s auditor, said twice.',
            "Ann Lee",
        ),
        (
            'Frost came. The levy is "a farce," a word that Ann Lee, the county\'s auditor, used twice.',
            "Ann Lee",
        ),
        ('Frost came. The levy is "a farce," a word Ann Lee said twice.', "Ann Lee"),
        ('Frost came. The levy is "a cruel farce," a term the auditor has often used.', "the auditor"),
    ],
)
def test_the_user_of_quoted_wording_speaks(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # No wording noun: the fragment is nobody's, and never "twice".
        (
            'Frost came. The levy is "a farce and a sham," which Ann Lee, the county\'s auditor, said twice.',
            [],
        ),
        # A charge is wording too: its user speaks, never "again" nor "a charge Ann Lee".
        (
            'Frost came. The levy is "a farce and a sham," a charge Ann Lee, the auditor, said again.',
            ["Ann Lee"],
        ),
        ('Frost came. The levy is "a farce and a sham," a claim Ann Lee has often repeated.', ["Ann Lee"]),
    ],
)
def test_how_often_after_a_verb_is_nobody(text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in body(text)] == speakers


def test_a_reporting_clause_keeps_the_fragment_before_the_wording_noun() -> None:
    text = 'Frost came. Ivo Pask said the mill would "stay shut for good," a phrase he has used all year.'
    quote = body(text)[0]
    assert (quote.speaker, quote.mention.text if quote.mention else None) == ("Ivo Pask", "Ivo Pask")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Hail came. "We will rebuild," the treasurer of Pask and Sons said.',
            "the treasurer of Pask and Sons",
        ),
        (
            'Hail came. "We will rebuild," said the treasurer of Pask and Sons.',
            "the treasurer of Pask and Sons",
        ),
        # Two people named by two roles: both, never the first as if alone.
        (
            'Hail came. "We will rebuild," the treasurer of Pask Mills and the head of Orvell Bank said.',
            "the treasurer of Pask Mills and the head of Orvell Bank",
        ),
        (
            'Hail came. "We will rebuild," said the treasurer of Pask Mills and the head of Orvell Bank.',
            "the treasurer of Pask Mills and the head of Orvell Bank",
        ),
        (
            'Hail came. "We will rebuild," said the treasurer of Pask Mills and the head of Orvell Bank on Friday.',
            "the treasurer of Pask Mills and the head of Orvell Bank",
        ),
    ],
)
def test_a_role_of_a_firm_joined_by_and_is_one_phrase(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


def test_an_inverted_role_before_a_clause_of_its_own_stays_alone() -> None:
    text = 'Hail came. "We will rebuild," said the treasurer of Pask Mills and the crowd cheered.'
    assert _speaker(text) == "the treasurer of Pask Mills"


@pytest.mark.parametrize(
    "text",
    [
        'Gales blew. Asked Pask whether the ferry would sail. "We will see," Pask said.',
        'Gales blew. Asked Pask whether the ferry would sail, "We will see," Pask said.',
        'Gales blew. Told Pask that the ferry had sunk. "We will see," Pask said.',
    ],
)
def test_an_asked_or_told_opening_is_no_part_of_the_name(text: str) -> None:
    assert _speaker(text) == "Pask"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Sleet fell. Fans wore shirts that read "Elect Ivo Pask." "We will win," Pask said.', "Ivo Pask"),
        ('Sleet fell. A placard read "Elect Pask." "We will win," Pask said.', "Pask"),
        ('Sleet fell. One banner said "Free Ivo Pask now." "We will win," Pask said.', "Ivo Pask"),
    ],
)
def test_the_opening_word_of_a_sign_is_no_part_of_a_name(text: str, speaker: str) -> None:
    assert [q.speaker for q in body(text)][-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The words are the caller's, reported by another (eval/invented-exchanges/README.md: words
        # someone said earlier and quoted by another belong to the one who said them).
        ('Mist rose. Ivo Pask called the levy "a slow theft," Nia Orvell, the warden, said.', "Ivo Pask"),
        ('Mist rose. Ivo Pask called the levy "a slow theft," Nia Orvell said.', "Ivo Pask"),
        # A pronoun tag may be the caller again: left to the tag.
        ('Mist rose. Ivo Pask called the levy "a slow theft," he said.', "Ivo Pask"),
    ],
)
def test_the_caller_of_quoted_words_speaks_not_the_one_reporting_it(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A prime minister is no plain minister.
        (
            'Dusk fell. Prime Minister Ivo Pask opened the fair. "We will not yield," the minister said.',
            "the minister",
        ),
        (
            'Dusk fell. Prime Minister Ivo Pask opened the fair. "We will not yield," the prime minister said.',
            "Ivo Pask",
        ),
        # A second governor, unnamed, may be the one who speaks.
        (
            'Dusk fell. Gov. Nia Orvell of Idaho spoke first. The Oregon governor stayed home. "We need rain," '
            "the governor said.",
            "the governor",
        ),
        (
            'Dusk fell. Gov. Nia Orvell of Idaho spoke first. The Idaho governor was tired. "We need rain," '
            "the governor said.",
            "Nia Orvell",
        ),
        # An apposition closing its sentence gives its role like one closed by a comma.
        (
            "Dusk fell. Tomas Pask, the chairman of the Dairy Board, met Maria Orvell, the chairman of the Grain "
            'Council. "We need rain," the chairman said.',
            "the chairman",
        ),
    ],
)
def test_an_office_named_for_another_is_no_ones_alone(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Fog lay. The nominee, Ilse Varn, faced the panel for hours. "I will be fair," the nominee said.',
            "Ilse Varn",
        ),
        ('Fog lay. Ilse Varn, the witness, took the stand. "I saw the van," the witness said.', "Ilse Varn"),
        # Another holder of the role, or several, leave the description as written.
        (
            'Fog lay. Ilse Varn, the witness, took the stand. A second witness waited. "I saw the van," '
            "the witness said.",
            "the witness",
        ),
        (
            'Fog lay. Ilse Varn met the press. A reporter asked about the van. "Was it red?" the reporter said.',
            "the reporter",
        ),
    ],
)
def test_a_role_one_person_of_the_story_holds_names_that_person(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Fog lay. Maria Orvell, the chairman of the dairy board, spoke. She smiled. "We grew," the chairman said.',
            "Maria Orvell",
        ),
        ('Fog lay. Chairman Maria Orvell spoke. She smiled. "We grew," the chairman said.', "Maria Orvell"),
    ],
)
def test_a_woman_the_article_calls_chairman_is_the_chairman(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker
