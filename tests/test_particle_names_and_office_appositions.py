"""Mends of review22's findings on the particle-name, affiliation and office-apposition rules:
invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            'A landslide cut Villa Roja de la Sierra off on Friday. "The road is gone," Sierra said.',
            ["Sierra"],
        ),
        (
            "Marta Sierra leads the relief team. A landslide cut Villa Roja de la Sierra off on Friday. "
            '"The road is gone," Sierra said.',
            ["Marta Sierra"],
        ),
        ('A landslide cut Puerto de la Vela off on Friday. "The road is gone," Vela said.', ["Vela"]),
        ('A landslide cut Puerto de la Vela off on Friday. "The road is gone," said Mr. Vela.', ["Vela"]),
        (
            "Tomas Arenal runs the depot. Trucks were hired from Transportes de la Arenal. "
            '"We will hire more," said Mr. Arenal.',
            ["Tomas Arenal"],
        ),
        (
            'Deputies from Banco de la Ribera met the auditors. "Rates will fall," Ribera said.',
            ["Ribera"],
        ),
    ],
)
def test_a_place_or_firm_with_two_particles_is_no_person(text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in body(text)] == speakers


def test_a_two_particle_name_after_a_role_word_is_still_known_in_full() -> None:
    text = 'The board chairman Joris van der Bleek opened the meeting. "Margins held," van der Bleek said.'
    assert [q.speaker for q in body(text)] == ["Joris van der Bleek"]


def test_a_name_after_an_office_governed_by_a_preposition_is_the_office_holders() -> None:
    # The name is the minister's; the minister is the object of "for", not the one who speaks.
    text = 'Lawyers for the Minister of Roads and Bridges, Tavi Okonde, said the span was "nearly done."'
    assert [q.speaker for q in body(text)] == ["lawyers"]


def test_a_name_after_an_office_with_and_inside_still_speaks_when_the_office_is_the_subject() -> None:
    text = 'The Minister of Roads and Bridges, Tavi Okonde, said the span was "nearly done."'
    assert [q.speaker for q in body(text)] == ["Tavi Okonde"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'A spokesman for the Minister of Inland Waters, Pavel Orlanov, said the canal needs "a new lock."',
            "a spokesman",
        ),
        (
            "A spokeswoman for the Deputy Minister of Inland Waters, Pavel Orlanov, said the canal "
            'needs "a new lock."',
            "a spokeswoman",
        ),
        (
            'Lawyers for the Minister of Inland Waters, Pavel Orlanov, said the canal needs "a new lock."',
            "lawyers",
        ),
        (
            'A spokesman for the Ministry of Inland Waters, Pavel Orlanov, said the canal needs "a new lock."',
            "Pavel Orlanov",
        ),
    ],
)
def test_a_name_after_a_persons_office_in_an_affiliation_is_the_office_holders(
    text: str, speaker: str
) -> None:
    assert [q.speaker for q in body(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Mr. al-Tamimi said the port "will reopen."', "al-Tamimi"),
        ('Dr. bin-Hamad said the port "will reopen."', "bin-Hamad"),
        ('On Monday, Ms. el-Sayed told reporters the port "will reopen."', "el-Sayed"),
    ],
)
def test_a_dashed_particle_surname_after_a_courtesy_title_is_the_subject_before_the_verb(
    text: str, speaker: str
) -> None:
    # The capitalised run read back from the verb stops at `al-Tamimi` (a small first letter):
    # particle_surname_start takes it back to the title, which makes it a name.
    assert [q.speaker for q in body(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        '"Bread before borders," a phrase used by Oskar Lind, echoed an older song.',
        'Oskar Lind spoke first. "Bread before borders," the term coined by Oskar Lind, has spread.',
        'Oskar Lind spoke at the gate. "Bread before borders," the slogan read.',
    ],
)
def test_a_noun_for_wording_is_no_speaker_by_any_tag(text: str) -> None:
    assert [(q.speaker, q.evidence) for q in body(text) if q.speaker] == []
