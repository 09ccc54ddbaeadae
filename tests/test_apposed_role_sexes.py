"""A role of one sex set off right before a name (`The board's chairwoman, Gabriele Sarrow,`) tells the
person's sex where a given name read as the other sex's would rule her out as the she of the quote
after it (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The board's chairwoman, retired Judge Gabriele Sarrow, said the panel would meet for three days. "
            'If it finds against Tom Orrin, it can fine him. Asked whether it might run longer, she said, "No."',
            "Gabriele Sarrow",
        ),
        (
            "The council's spokeswoman, Gabriele Sarrow, said the vote was delayed. "
            '"We need another week," she said.',
            "Gabriele Sarrow",
        ),
        (
            'His daughter, Gabriele Sarrow, said he died at home. "He was reading to the end," she said.',
            "Gabriele Sarrow",
        ),
        # negatives: no role of her sex beside the name, or one of his: the she stays nobody's
        (
            'Gabriele Sarrow, a retired judge, said the panel would meet. "We need another week," she said.',
            None,
        ),
        (
            "The board's chairman, Gabriele Sarrow, said the panel would meet. "
            '"We need another week," she said.',
            None,
        ),
        (
            "The board's chairman, Gabriele Sarrow, said the panel would meet. "
            '"We need another week," he said.',
            "Gabriele Sarrow",
        ),
        (
            "Tom Reed, the chairman, Mary Sarrow and Ann Holt signed the letter. "
            '"We need another week," he said.',
            "Tom Reed",
        ),
    ],
)
def test_a_role_beside_the_name_tells_the_sex(text: str, speaker: str | None) -> None:
    assert body(text)[-1].speaker == speaker


def test_a_role_in_man_tells_no_sex() -> None:
    text = 'Gov. Tom Reed spoke.\n\nThe group\'s chairman, Mary Sarrow, signed the letter. "We need a week," he said.'
    assert body(text)[-1].speaker != "Mary Sarrow"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Marta Dunn, 90, remembers the war.\n\nIn a letter home to his sister, Leon Sarrow, then a private, "
            'described the cold. "He never complained," she said.',
            "Marta Dunn",
        ),
        (
            "Tom Reed, 90, keeps the letters.\n\nIn a note to her husband, Ann Sarrow, then a nurse, wrote of "
            'the war. "She was always brave," he said.',
            "Tom Reed",
        ),
        (
            "Ann Holt was named chairwoman of the board.\n\nAsked who would be the next chairwoman, Leon "
            'Sarrow, the secretary, shrugged. "She will choose her own deputy," she said.',
            "Ann Holt",
        ),
    ],
)
def test_a_noun_ending_another_phrase_tells_nothing(text: str, speaker: str) -> None:
    """The noun must head the clause the name is set off in, not end a preposition's or verb's phrase."""
    assert body(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    "between",
    [
        "said Tom Reed,",
        "unlike Tom Reed,",
        "like Tom Reed,",
        "not Tom Reed,",
        "and Tom Reed, her deputy,",
        "wrote Tom Reed,",
    ],
)
def test_another_word_before_the_name_sets_off_nothing(between: str) -> None:
    """Only a role's modifier and a title may stand between the noun's comma and the name set off."""
    text = f'Ann Holt chairs the board.\n\nThe chairwoman, {between} had been away. "I will be back soon," she said.'
    assert body(text)[-1].speaker == "Ann Holt"


@pytest.mark.parametrize("title", ["retired Judge", "former Sen.", "acting", "Dr."])
def test_a_modifier_and_a_title_before_the_name(title: str) -> None:
    text = f'The commission\'s chairwoman, {title} Patrice Vell, opened the hearing. "We will hear everyone," she said.'
    assert body(text)[-1].speaker == "Patrice Vell"
