"""A he or she resolved to a surname two of the article's people share (a couple, a brother and
sister) is shown as the one of them of the pronoun's sex, never as the other. Invented strings only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Senator Helen Varrick and her husband, the builder Peter Varrick, were questioned on Monday.\n\n"
            '"My husband did nothing wrong," Senator Varrick said.\n\n'
            'Varrick, 61, said he had paid the market price. "Every document is public," he said.',
            ["Varrick", "Peter Varrick"],
        ),
        (
            "Helen Varrick and her brother Peter Varrick run the farm.\n\n"
            'Varrick said she had never wanted to leave. "This is home," she said.',
            ["Helen Varrick"],
        ),
        # two of the pronoun's sex: the surname alone, as before
        (
            "Peter Varrick and his brother John Varrick run the farm.\n\n"
            'Varrick said he had never wanted to leave. "This is home," he said.',
            ["Varrick"],
        ),
        # one person of the surname: the full name, as before
        (
            'Peter Varrick runs the farm.\n\nVarrick said he had never wanted to leave. "This is home," he said.',
            ["Peter Varrick"],
        ),
    ],
)
def test_a_pronoun_on_a_shared_surname_is_the_one_of_its_sex(text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in body(text)] == speakers


_BOY = "Tom Lee, 8, was found safe on Tuesday. His mother, Ann Lee, said he had been hiding.\n\n"


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # one who shares the surname may be of the pronoun's sex, or is a child of it: the surname alone
        (
            "Dieter Voss and his son Robin Voss run the bakery.\n\n"
            'Voss said the ovens were old. "We need new ones," he said.',
            ["Voss"],
        ),
        (f'{_BOY}Lee said the search had been long. "We never gave up," he said.', ["Lee"]),
        # a child of the other sex: the one parent of the pronoun's sex, as before
        (f'{_BOY}Lee said the search had been long. "We never gave up," she said.', ["Ann Lee"]),
        (
            "Ann Voss, 8, was found safe. Her father, Dieter Voss, thanked police.\n\n"
            'Voss said the search had been long. "We never gave up," he said.',
            ["Dieter Voss"],
        ),
    ],
)
def test_a_pronoun_on_a_shared_surname_stays_alone_beside_a_child_or_either_sex(
    text: str, speakers: list[str]
) -> None:
    assert [q.speaker for q in body(text)] == speakers
