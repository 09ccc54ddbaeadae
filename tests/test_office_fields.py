"""The capitalised name of a body before a lower-case office and a name (`Inland Shipping chief Lena
Varga said`) stays whole in the role: invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ('Inland Shipping chief Lena Varga said: "Trade is slowing."', "Inland Shipping chief"),
        (
            'Tarnland Ferry Board chairman Lena Varga said: "Trade is slowing."',
            "Tarnland Ferry Board chairman",
        ),
        (
            'The port was busy. Dunmere Harbour spokesman Ivo Marsh said the ships were "late again."',
            "Dunmere Harbour spokesman",
        ),
        ('"Trade is slowing," Inland Shipping chief Lena Varga said.', "Inland Shipping chief"),
        ('"Trade is slowing," said Inland Shipping Minister Lena Varga.', "Inland Shipping Minister"),
        # A word that opens no body's name stays out of it.
        ('But Harbour chief Lena Varga said: "Trade is slowing."', "Harbour chief"),
        ('Political scientist Lena Varga said: "Trade is slowing."', "Political scientist"),
    ],
)
def test_a_bodys_capitalised_name_before_an_office_stays_in_the_role(text: str, role: str) -> None:
    assert [quote.role for quote in body(text)] == [role]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Chips are scarce," said Tarn Securities (Japan) associate vice president Ivo Marsh.', "Ivo Marsh"),
        ('"Chips are scarce," said Tarn Securities (Norway) analyst Ivo Marsh.', "Ivo Marsh"),
        ('"Chips are scarce," Tarn Securities (Japan) analyst Ivo Marsh said.', "Ivo Marsh"),
        # The firm alone speaks when no officer follows the country.
        ('"Chips are scarce," said Tarn Securities (Japan).', "Tarn Securities"),
    ],
)
def test_a_country_in_brackets_inside_a_firms_name_does_not_cut_its_officers_tag(
    text: str, speaker: str
) -> None:
    assert [quote.speaker for quote in body(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # sentence adverbs, a preposition, a dateline in capitals and the object of `close to` are no
        # part of the body's name (fix37b)
        (
            'Ferries ran late. Separately Dunmere Harbour spokesman Ivo Marsh said "we wait."',
            "Dunmere Harbour spokesman",
        ),
        ('Ferries ran late. Thus Inland Shipping chief Lena Varga said "we wait."', "Inland Shipping chief"),
        ('Ferries ran late. Privately Gask spokesman Ivo Marsh said "we wait."', "Gask spokesman"),
        ('Ferries ran late. Like Pellby Ferries chief Lena Varga said "we wait."', "Pellby Ferries chief"),
        (
            'Ferries ran late. Sources close to Gask Pellby Securities analyst Ivo Marsh said "we wait."',
            "Pellby Securities analyst",
        ),
        ('DUNMERE Gask spokesman Ivo Marsh said "we wait."', "Gask spokesman"),
        # still whole: acronyms opening a sentence, a body opening on a place
        ('NBC News spokesman Ivo Marsh said "we wait."', "NBC News spokesman"),
        (
            'Ferries ran late. Dunmere Harbour Board chief Lena Varga said "we wait."',
            "Dunmere Harbour Board chief",
        ),
    ],
)
def test_a_bodys_name_stops_at_adverbs_datelines_and_close_to(text: str, role: str) -> None:
    assert [quote.role for quote in body(text)] == [role]
