"""A relative `who` after a person's name and `of` a place or a body (`Rep. Lyle Hask of Dunmore,
who tweeted …`) stands for the person, never the place. Invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Watch Rep. Lyle Hask of Dunmore, who tweeted last night that he would not vote for "
            '"another blank cheque with a ribbon on it."',
            "Lyle Hask",
        ),
        (
            "Keep an eye on Rep. Gail Pinter of North Fenwick, who posted on Monday that she would not "
            'support "another giveaway dressed up as reform."',
            "Gail Pinter",
        ),
        (
            "The plan drew fire from Ann Lee of the Tarn Institute, who said it was "
            '"a tax on the poor by another name."',
            "Ann Lee",
        ),
        # No `of`, or an office before `of`: the name before the comma, as before.
        (
            'The plan drew fire from Ann Lee, who said it was "a tax on the poor by another name."',
            "Ann Lee",
        ),
        (
            "The plan drew fire from Secretary of State Ann Lee, who said it was "
            '"a tax on the poor by another name."',
            "Ann Lee",
        ),
        # One word before `of` is a plural or a title, no person's name: the name before the comma.
        (
            'Opponents of Ivo Pratt, who said on Monday that he would "never resign," gathered outside.',
            "Ivo Pratt",
        ),
        ('Victims of Ivo Pratt, who told the court that he was "a monster," wept.', "Ivo Pratt"),
        ('Supporters of Ivo Pratt, who said the vote was "stolen," marched.', "Ivo Pratt"),
    ],
)
def test_who_after_person_of_place(text: str, speaker: str) -> None:
    quotes = body(text)
    assert [(q.speaker, q.mention.text if q.mention else None) for q in quotes] == [(speaker, "who")]


def test_title_alone_is_no_speaker() -> None:
    text = 'Ivo Pratt met the Duke of Westmere, who said the estate was "not for sale."'
    assert [q.speaker for q in body(text)] not in (["Duke"], ["Ivo Pratt"])
