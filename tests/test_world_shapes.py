"""Shapes of international and diplomatic copy (gen19): invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The corridor will open in spring," Mr. al-Tamimi told the forum.', "al-Tamimi"),
        ('"The corridor will open in spring," said Dr. van der Hoeven.', "van der Hoeven"),
        ('"The corridor will open in spring," Ms de Lorival said.', "de Lorival"),
        (
            "Dr. Salma Yusra al-Tamimi heads the Korvel Institute for Ports, which drew up the plan. "
            '"The corridor will open in spring," Dr. al-Tamimi said.',
            "Salma Yusra al-Tamimi",
        ),
    ],
)
def test_a_courtesy_title_before_a_particle_surname_is_the_speaker(text: str, speaker: str) -> None:
    quotes = body(text)
    assert len(quotes) == 1
    assert quotes[0].speaker == speaker


def test_a_she_after_a_particle_surname_with_a_courtesy_title_means_that_woman() -> None:
    text = (
        "Odile de Sarrant, the mediator, reached Tirvel on Tuesday. "
        '"The talks are stuck," said Greta Holm, a former deputy minister. '
        'Ms. de Sarrant smiled at the question. "Stuck is a strong word," she said.'
    )
    quotes = body(text)
    assert [q.speaker for q in quotes] == ["Greta Holm", "Odile de Sarrant"]


def test_a_name_after_an_affiliation_with_of_inside_is_the_speaker_shown() -> None:
    text = (
        "A spokesman for the Ministry of Coastal Affairs, Ruslan Petrovich Ardakov, said the line "
        'would need "the consent of every shore state."'
    )
    quotes = body(text)
    assert [q.speaker for q in quotes] == ["Ruslan Petrovich Ardakov"]


def test_a_document_issued_at_a_meeting_is_the_subject_not_the_meeting() -> None:
    text = 'A final declaration issued at the close of the Harlow forum said members would "keep the ports open."'
    quotes = body(text)
    assert [q.speaker for q in quotes] == ["a final declaration"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The quota is fair," said Rania bint Fahad al-Sudairi, an adviser.', "Rania bint Fahad al-Sudairi"),
        ('"The quota is fair," said Teymur Vagif oglu Hasanli, an adviser.', "Teymur Vagif oglu Hasanli"),
    ],
)
def test_patronymic_particles_stay_inside_the_name(text: str, speaker: str) -> None:
    quotes = body(text)
    assert [q.speaker for q in quotes] == [speaker]


def test_a_translation_cited_after_a_tag_leaves_the_speaker_in_the_tag() -> None:
    text = (
        '"We ask only that the ballots be counted again," Didier Kamanzi said, according to a '
        'translation supplied by his party. "What is there to fear?"'
    )
    quotes = body(text)
    assert [q.speaker for q in quotes] == ["Didier Kamanzi", "Didier Kamanzi"]


def test_a_she_after_an_opening_phrase_and_a_particle_surname_means_that_woman() -> None:
    text = (
        "Odile de Sarrant, the mediator, reached Tirvel on Tuesday. "
        '"The talks are stuck," said Greta Holm, a former deputy minister. '
        'Asked about the delay, Ms. de Sarrant shrugged. "Stuck is a strong word," she said.'
    )
    quotes = body(text)
    assert [q.speaker for q in quotes] == ["Greta Holm", "Odile de Sarrant"]


def test_a_full_name_with_two_particles_is_known_to_the_article() -> None:
    text = (
        "Ambassador Liesbet van der Hoorn, the bloc's envoy for the Tarsin valley, met both sides on "
        'Monday. She said they had agreed to a "technical format" for talks. '
        '"A yes in principle is only a yes in principle," van der Hoorn said.'
    )
    quotes = body(text)
    assert [q.speaker for q in quotes] == ["Liesbet van der Hoorn", "Liesbet van der Hoorn"]


@pytest.mark.parametrize(
    "text",
    [
        'The Minister of Water and Forests, Rudo Tembani, said the dam was "on schedule."',
        'A spokesman for the Ministry of Ports and Fisheries, Rudo Tembani, said the dam was "on schedule."',
    ],
)
def test_a_name_after_an_office_of_an_organisation_with_and_is_the_speaker(text: str) -> None:
    quotes = body(text)
    assert [q.speaker for q in quotes] == ["Rudo Tembani"]


def test_a_phrase_naming_the_quote_as_wording_is_no_speaker() -> None:
    text = 'The council adopted a motion calling for "the safe return of all fishing crews," a phrase used in many older texts.'
    quotes = body(text)
    assert [q.speaker for q in quotes] == ["the council"]
