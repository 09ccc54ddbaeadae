"""A he/she after a sentence about someone a named person owns (`Pell's grandson was arrested`), and
the names set off after an owner's relative: invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


_OWNED = (
    'Oren Pell runs the tannery in Marrow. {} was arrested on Friday. "We did not see it coming," {} said.'
)


@pytest.mark.parametrize(
    ("owned", "pronoun", "speaker"),
    [
        ("Pell's grandson", "he", None),  # the grandson may be the he as well as Pell
        ("Oren Pell's brother", "he", None),
        ("Pell's nephew", "he", None),
        ("Pell's cousin", "he", None),
        ("Pell's lawyer", "he", None),
        ("Pell's deputy", "he", None),
        ("Pell's spokesman", "he", None),
        ("Pell's daughter", "he", "Oren Pell"),  # a she: the he is still Pell's
        ("Pell's spokeswoman", "he", "Oren Pell"),
        ("Pell's barn", "he", "Oren Pell"),  # a thing: Pell stays the he
        ("The grandson", "he", None),
    ],
)
def test_a_person_a_name_owns_of_the_pronouns_sex_keeps_the_owner_off(
    owned: str, pronoun: str, speaker: str | None
) -> None:
    assert _speakers(_OWNED.format(owned, pronoun)) == [speaker]


_APPOSED = 'Lise Varo\'s {}, {}, keeps the books now. {} smiled. "It was never about the money," {} said.'


@pytest.mark.parametrize(
    ("relation", "name", "pronoun", "speaker"),
    [
        ("niece", "Hanne Lusk", "She", "Hanne Lusk"),  # the relative set off, not the owner
        ("cousin", "Hanne Lusk", "She", "Hanne Lusk"),
        ("aunt", "Hanne Lusk", "She", "Hanne Lusk"),
        ("granddaughter", "Hanne Lusk", "She", "Hanne Lusk"),
        ("sister-in-law", "Hanne Lusk", "She", "Hanne Lusk"),
        ("daughter", "Hanne Lusk", "She", "Hanne Lusk"),
        ("nephew", "Odo Lusk", "He", "Odo Lusk"),
        ("uncle", "Odo Lusk", "He", "Odo Lusk"),
        ("bookkeeper", "Odo Lusk", "He", "Odo Lusk"),
    ],
)
def test_a_name_set_off_after_a_full_named_owners_relative_is_the_subject(
    relation: str, name: str, pronoun: str, speaker: str
) -> None:
    text = _APPOSED.format(relation, name, pronoun, pronoun.lower())
    assert _speakers(text) == [speaker]


def test_an_owner_with_a_title_before_the_relative_set_off() -> None:
    text = (
        "Mayor Lise Varo's spokesman, Odo Lusk, stirred talk of a rescue on Monday when he said the "
        'council backed "a fresh start."'
    )
    assert _speakers(text) == ["Odo Lusk"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a thing set off after the owner is no person: the owner stays the subject (fix37b)
        (
            'Oskar Delmont\'s horse, Grey Lantern, won at Pellby on Sunday. "He flew," he said.',
            "Oskar Delmont",
        ),
        ('Mira Tollan\'s firm, Gask Ardley, lost its case. "We will appeal," she said.', "Mira Tollan"),
        ('Oskar Delmont\'s yacht, North Wren, sank off Pellby. "I loved her," he said.', "Oskar Delmont"),
        ('Mira Tollan\'s new album, Salt Acre, sold well. "It took years," she said.', "Mira Tollan"),
        ('Tollan\'s novel, Winter Quay, sold well. "It took years," she said.', None),
        # people set off still are the subject
        (
            'Oskar Delmont\'s head of research, Mira Tollan, left in May. "I loved it," she said.',
            "Mira Tollan",
        ),
        ('Oskar Delmont\'s stepdaughter, Mira Tollan, left in May. "I loved it," she said.', "Mira Tollan"),
        ('Tollan\'s lawyer, Oskar Delmont, filed an appeal. "We will win," he said.', "Oskar Delmont"),
    ],
)
def test_a_thing_set_off_after_an_owner_is_not_the_subject(text: str, speaker: str | None) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a person owned by the he/she's candidate always stands between, in a state or not: the
        # quote never goes past them to the owner (fix41a)
        (
            'Oskar Delmont visited the school. Delmont\'s grandson is a pupil there. "He loves it," he said.',
            None,
        ),
        ('Mira Tollan visited the school. Tollan\'s niece is a pupil there. "She loves it," she said.', None),
        (
            'Oskar Delmont lost the vote. Delmont\'s opponent in the race was absent. "It was fair," he said.',
            None,
        ),
        ('Oskar Delmont lost the vote. Delmont\'s son has a farm in Pellby. "It was fair," he said.', None),
        ('Oskar Delmont lost the vote. Delmont\'s son was not at the count. "It was fair," he said.', None),
        (
            "Bram Ostry was fined heavily by the harbour court. Ostry's nephew is outraged.\n"
            '"The judge never listened to my uncle," he said.',
            None,
        ),
        (
            "Lena Ostry lost her seat in the recount. Ostry's sister was close to tears at the hall.\n"
            '"My sister gave this town everything," she said.',
            None,
        ),
        # a firm's people alike: in a state no, acting yes (the treasurer may well be the he)
        (
            'Oskar Delmont chairs Gask. Gask\'s treasurer was not at the count. "It was fair," he said.',
            "Oskar Delmont",
        ),
        ('Oskar Delmont chairs Gask. Gask\'s treasurer called the vote. "It was fair," he said.', None),
        # acting or speaking, or an event of theirs: none (a lawyer's "I am innocent" is his client's,
        # but the rule cannot tell)
        ('Oskar Delmont lost the vote. Delmont\'s lawyer filed an appeal. "I am innocent," he said.', None),
        (
            'Oskar Delmont lost the vote. Delmont\'s opponent in the race was jailed. "It was fair," he said.',
            None,
        ),
        ('Oskar Delmont lost the vote. Delmont\'s son has been charged. "It was fair," he said.', None),
        ('Oskar Delmont lost the vote. Delmont\'s son has sued the council. "It was fair," he said.', None),
        ('Mira Tollan lost the vote. Tollan\'s aunt wrote to the council. "It was fair," she said.', None),
    ],
)
def test_an_owned_person_stands_between_only_when_acting(text: str, speaker: str | None) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a doer-shaped noun for a thing (a boat, a machine) is no person set off: the owner stays
        # the subject (fix41a)
        (
            'Bram Ostry\'s old dredger, Sand Piper, broke down off the quay.\n"I have no money for repairs," he said.',
            "Bram Ostry",
        ),
        (
            "Lena Quell's tractor, Big Red, caught fire in the barn on Sunday.\n"
            '"It was the only one I had," she said.',
            "Lena Quell",
        ),
        # a person's doer noun from the list still sets off the subject
        (
            'Lena Quell\'s bookkeeper, Bram Ostry, resigned in June.\n"The accounts were a mess," he said.',
            "Bram Ostry",
        ),
    ],
)
def test_a_thing_shaped_like_a_doer_is_not_the_subject(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]
