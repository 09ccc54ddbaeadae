"""A surname after Mrs, Ms, Miss or Mr is never shown as the article's full name of someone of the
other sex who shares it (`Mrs Varlo` beside `Philip Varlo`, her husband): the one of her sex when the
article names one in full, else the surname as written. Invented strings only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Philip Varlo and his wife Margaret were married in 1962.\n\n"He stood on my foot twice," Mrs Varlo said.',
            "Varlo",
        ),
        ('Philip Varlo was at the hall.\n\n"He stood on my foot twice," Ms. Varlo said.', "Varlo"),
        ('Margaret Varlo was at the hall.\n\n"I was nervous," Mr Varlo said.', "Varlo"),
        (
            'Margaret Varlo and Philip Varlo were at the hall.\n\n"I was nervous," Mr. Varlo said.',
            "Philip Varlo",
        ),
        (
            'Philip Varlo and Margaret Varlo were at the hall.\n\n"He was nervous," Mrs Varlo said.',
            "Margaret Varlo",
        ),
        # the same sex, or a given name of either sex: the full name as before
        ('Margaret Varlo was at the hall.\n\n"I was nervous," Mrs Varlo said.', "Margaret Varlo"),
        ('Philip Varlo was at the hall.\n\n"I was nervous," Mr Varlo said.', "Philip Varlo"),
        ('Tobin Varlo was at the hall.\n\n"I was nervous," Mrs Varlo said.', "Tobin Varlo"),  # sex unknown
        ('Dr Philip Varlo was at the hall.\n\n"I was nervous," Dr Varlo said.', "Philip Varlo"),
    ],
)
def test_a_titled_surname_keeps_to_its_sex(text: str, speaker: str) -> None:
    assert [q.speaker for q in body(text)] == [speaker]


_BOY = "Tom Lee, 8, was found safe. His mother, Ann Lee, said he had been hiding.\n\n"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # one who shares the surname is a child of the title's sex, or of either sex: the surname alone
        (f'{_BOY}"We are so relieved," Mr Lee said.', "Lee"),
        ('Tom Lee, aged 8, was found safe. Ann Lee wept.\n\n"We are so relieved," Mr Lee said.', "Lee"),
        (
            "Ann Lee, 9, won the spelling prize. Her father, Ivo Lee, said she had practised.\n\n"
            '"She worked so hard," Mrs Lee said.',
            "Lee",
        ),
        ('Kim Lee and Ann Lee were at the hall.\n\n"I was nervous," Mrs Lee said.', "Lee"),
        ('Kim Lee and Ivo Lee were at the hall.\n\n"I was nervous," Mr Lee said.', "Lee"),
        # a child of the other sex, or a capitalised word that is no given name: the full name
        (f'{_BOY}"We are so relieved," Mrs Lee said.', "Ann Lee"),
        (
            'Ivo Lee and Ann Lee met in May. Since August Lee has been ill.\n\n"It is hard," Mrs Lee said.',
            "Ann Lee",
        ),
    ],
)
def test_a_titled_surname_stays_alone_beside_a_child_or_a_name_of_either_sex(text: str, speaker: str) -> None:
    assert [q.speaker for q in body(text)] == [speaker]
