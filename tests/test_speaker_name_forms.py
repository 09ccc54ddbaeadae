"""The name shown for a speaker in wire copy: names with lower-case particles, names written in
capitals, participles and cut phrases (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import only_speaker as _speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Tarn Mutual (TM) Deputy Director, Omar Salim al-Haddad, said: "Our lending will slow down."',
            "Omar Salim al-Haddad",
        ),
        ('"Our lending will slow down," said the fund\'s treasurer, Ivo van der Marsh.', "Ivo van der Marsh"),
    ],
)
def test_a_name_with_lower_case_particles_beside_a_description_is_the_speaker(
    text: str, speaker: str
) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Talks went on. "We expect to close the sale soon," General Partners of Tarn said.',
            "General Partners of Tarn",
        ),
        (
            'First City Bancorp of Reno said it saw losses going on "for some quarters yet" as it seeks a partner.',
            "First City Bancorp of Reno",
        ),
    ],
)
def test_a_title_word_opening_a_capitalised_name_keeps_its_capital(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Talks ended. Outlining terms of the offer sent to creditors last week, the firm said it wants "
            'backing "within a month or so" to go ahead.',
            None,
        ),
        # ("talks" after a noun is no verb: the name before "told" speaks.)
        (
            'Talks ended. Following weekend talks in Reno between the two sides Ivo Marsh told reporters "we '
            'have got what we came for."',
            "Ivo Marsh",
        ),
    ],
)
def test_a_participle_opening_the_sentence_is_not_taken_for_the_speaker(
    text: str, speaker: str | None
) -> None:
    assert _speaker(text) == speaker


def test_a_surname_ending_in_ing_written_inside_sentences_stays_the_speaker() -> None:
    text = 'The board met Ivo Fielding on Friday. Fielding said "we will sell the plant."'
    assert _speaker(text) == "Ivo Fielding"
