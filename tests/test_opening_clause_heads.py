"""A he or she whose latest candidate is a speaker inside a sentence's opening clause (`As Ann Lee
called it "lean," Tom Reed shook his head. He …`) names nobody when the main clause has another
person of that sex, or of unknown sex, for its subject. Invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            'As Mayor Lon Pike described the budget as "lean and honest," Councilman Ray Osgood shook '
            'his head. He later called it "a shell game."',
            ["Lon Pike", None],
        ),
        (
            'While Sen. Hugo Brisk called the ruling "a gift to lawyers," Gov. Abel Tarrow sat in '
            'silence. He later said the ruling was "sound."',
            ["Hugo Brisk", None],
        ),
    ],
)
def test_a_pronoun_after_an_opening_clauses_speaker_names_nobody(
    text: str, speakers: list[str | None]
) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (  # the main clause's subject is of the other sex
            'While Sen. Hugo Brisk called the ruling "a gift to lawyers," Gov. Nell Ostrander sat in '
            'silence. He later said the ruling was "a disgrace."',
            ["Hugo Brisk", "Hugo Brisk"],
        ),
        (  # no opening clause
            'Mayor Lon Pike described the budget as "lean and honest." Councilman Ray Osgood shook '
            'his head. He later called it "a shell game."',
            ["Lon Pike", "Ray Osgood"],
        ),
        (  # an apposition's comma, not the clause's end: the main clause's subject is the he
            "When Ray Osgood, the mayor's critic, was asked about the vote, he laughed and said, "
            '"We will see."',
            ["Ray Osgood"],
        ),
    ],
)
def test_pronouns_after_other_openings_keep_their_person(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers
