"""The given-name lists: common names of many countries tell a person's sex; names of either sex,
words, acronyms and surnames do not. Invented surnames and sentences only."""

from __future__ import annotations

import pytest

from osceq.extract.given_names import first_name_gender, given_name_gender, is_given_name
from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Harriet Vellacott", "f"),
        ("Miriam Osterfeld", "f"),
        ("Aisha Qarmani", "f"),
        ("Priya Ventakar", "f"),
        ("Olga Smerdova", "f"),
        ("Dwight Pellow", "m"),
        ("Jorge Altamiro", "m"),
        ("Chukwuemeka Odara", "m"),
        ("Jean-Pierre Marvaux", "m"),
        ("José Altamiro", "m"),  # accents do not hide a name
        ("Jürgen Holzapfel", "m"),
        ("Jordan Vellacott", None),  # given to men and women alike
        ("Desta Vellacott", None),  # an Ethiopian name of either sex: no "she" may pass her by
        ("Simone Vellacott", None),  # a man in Italy, a woman in France
        ("Nikita Vellacott", None),  # a man in Russia, a woman in India
        ("Grant Vellacott", None),  # a word as well as a name
        ("TIM Holdings", None),  # an acronym in capitals, not "Tim"
    ],
)
def test_a_common_given_name_of_any_country_tells_the_sex(name: str, gender: str | None) -> None:
    assert first_name_gender(name) == gender


def test_a_single_word_tells_its_sex_and_whether_it_is_a_given_name() -> None:
    assert (given_name_gender("Marisol"), given_name_gender("jamal"), given_name_gender("Said")) == (
        "f",
        "m",
        None,
    )
    assert (is_given_name("Keisha"), is_given_name("Hope")) == (True, False)


def test_an_apposed_name_with_a_foreign_given_name_is_the_speaker() -> None:
    text = (
        "The port reopened on Monday. A spokesman for the harbour board, Chukwuemeka Odara, said "
        'the cranes were "back at full strength."'
    )
    assert [quote.speaker for quote in body(text)] == ["Chukwuemeka Odara"]


def test_she_goes_to_the_woman_a_foreign_given_name_marks() -> None:
    text = (
        "Magdalena Smerdova opened the inquiry on Tuesday. Dwight Pellow, the auditor, spoke after the "
        'recess.\n\n"The ledgers were never checked," she said.'
    )
    assert [quote.speaker for quote in body(text)] == ["Magdalena Smerdova"]


def test_a_given_name_of_either_sex_ends_a_described_role_but_tells_no_sex() -> None:
    text = (
        "The silo reopened on Monday. The co-op's head of grain buying Robin Tarrant said the harvest "
        'was "late but sound."'
    )
    assert [quote.speaker for quote in body(text)] == ["Robin Tarrant"]
    assert (is_given_name("Kelly"), first_name_gender("Kelly Tarrant"), is_given_name("SAM")) == (
        True,
        None,
        False,
    )
