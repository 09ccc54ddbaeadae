"""Shapes left from release 0.11.0 in invented text: live-blog stamps, police ranks, affiliations,
descriptors before names and joined speakers."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12.31 BST PM says the early release scheme ‘will end this year’", ["PM"]),
        ("2.30pm GMT Mayor says the bridge will be ‘open by May’", ["Mayor"]),
        ("0915 GMT Ilsa Varne says the vote is ‘too close to call’", ["Ilsa Varne"]),
        ("10am AEST Premier Joan Kettle says the budget is ‘in good shape’", ["Joan Kettle"]),
        ("10.02 IST Minister says the deal is ‘a good one’", ["minister"]),
        ("At 9.30 the Mayor said the bridge was ‘open by May’.", ["the Mayor"]),
    ],
)
def test_a_live_blog_time_stamp_is_no_part_of_the_name(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected
