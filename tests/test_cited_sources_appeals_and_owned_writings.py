"""Mends of a review of the rules for cited sources, appeals, reported paragraphs, owned writings
and the evaluation's family-name-first check: each case showed a wrong speaker or counted a wrong
person as right."""

from __future__ import annotations

import pytest

from osceq.evaluate.quotes import person_shown
from tests.quote_helpers import body


def speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a law, figures or someone's remarks are what the outlet cites, not who said the words
        ('According to Ann Lee, citing a 1998 law, the deal was "plainly illegal."', "Ann Lee"),
        (
            'According to the newspaper, which cited figures from the ministry, "profits fell by half."',
            "the newspaper",
        ),
        ('According to the paper, which cited the president\'s remarks, "talks are over."', "the paper"),
        # a person, or a description of people, is the source the outlet relays
        (
            'According to the Tarn Courier, which cited a source close to the talks, the sides were "very near a deal."',
            "a source close to the talks",
        ),
        ('According to the Tarn Courier, citing Ivo Marsh, the sides were "very near a deal."', "Ivo Marsh"),
    ],
)
def test_a_cited_source_speaks_only_when_it_can_say_words(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


def test_an_appeal_as_a_noun_gives_no_one_the_plea() -> None:
    assert speakers('The fund\'s appeal to donors to "give what you can" raised $2 million.') == []


def test_a_bare_line_after_a_sentence_with_two_speakers_is_nobody_s() -> None:
    text = (
        "Orvel Danmark, the trade minister, spoke in Tarn on Monday.\n\n"
        "He said wool prices fell, and Ann Lee said they would rise. World prices of flax also fell.\n\n"
        '"There was also a decline in income from tourism."'
    )
    assert speakers(text) == [None]


def test_a_persons_writing_is_no_it_that_speaks_for_a_body() -> None:
    text = (
        "The ministry said imports rose.\n\n"
        "The economy was weak. Ann Lee's statement said the ministry had erred. "
        '"We were wrong," it said.'
    )
    assert speakers(text) == [None]


def test_a_bodys_writing_is_still_the_it() -> None:
    text = 'Tarnco cut its forecast.\n\nTarnco\'s statement said the board had erred. "We are cautious," it said.'
    assert speakers(text) == ["Tarnco's statement"]


@pytest.mark.parametrize(
    "text",
    [
        'Ann Lee chaired the talks and met Ann Marsh. "No," Ann said.',  # a given name: any Ann
        "Ann, Bo and Ivo said no. Ann Lee left.",
    ],
)
def test_the_scorer_does_not_take_a_given_name_for_a_family_name_first(text: str) -> None:
    assert person_shown({"person": "Ann Lee"}, {"speaker": "Ann"}, text) == "another"


def test_the_scorer_does_not_take_a_family_name_shared_by_two_full_names() -> None:
    text = "Tao Lirong met Tao Wenjun. Tao spoke first."
    assert person_shown({"person": "Tao Lirong"}, {"speaker": "Tao"}, text) == "another"
