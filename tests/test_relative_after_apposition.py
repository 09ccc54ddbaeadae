"""A relative `who` after a name and its described apposition names nobody (invented names and
sentences only): a rule that read the name as the `who` was withdrawn when reviews found it gave
words to the person a widow, daughter, spokesman or lawyer was "of" or "for"."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    "text",
    [
        'Ann Lee spoke to the widow of Tom Bell, a miner, who told her: "I miss him every day."',
        'Ray Dorsey met the daughter of Tom Bell, a retired farmer, who said: "My father is innocent."',
        'Reporters reached a spokesman for Tom Bell, the county mayor, who said: "The mayor will not resign."',
        'Ann Lee sued Bell Farms, a supplier of the mayor, who said: "We were never paid for the grain."',
    ],
)
def test_the_name_before_an_apposition_is_not_the_who(text: str) -> None:
    assert body(text)[-1].speaker != "Tom Bell"
    assert body(text)[-1].speaker != "Bell Farms"
