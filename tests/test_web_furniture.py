"""Page furniture of saved web pages in invented text: embedded social posts, follow lines."""

from __future__ import annotations

import pytest

from osceq.extract.layout import ROLE_BODY, ROLE_BOILERPLATE, segment
from osceq.extract.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in extract_quotes(text, segment(text))]


def _role(text: str, paragraph: str) -> str:
    start = text.index(paragraph)
    return next(block.role for block in segment(text) if block.start <= start < block.end)


_POSTS = [
    "Good luck to all runners tomorrow! Stay safe.\n— Piet Vallo (@pvallo) April 20, 2019",
    "Heads up, everyone. Big news coming.\n— Piet Vallo (@pvallo) March 3, 2020",
    '"What a game. Heads up, boys." — Piet Vallo (@pvallo) October 2, 2018',
    "— Piet Vallo (@pvallo) June 12, 2019",
    "We did it. Thank you all. pic.twitter.com/x8Kq2Lm\n-- Piet Vallo (@pvallo) May 3, 2016",
    "A post shared by Piet Vallo (@pvallo) on Jan 2, 2018 at 9:14am PST",
]


@pytest.mark.parametrize("post", _POSTS)
def test_an_embedded_post_is_no_antecedent_of_a_later_he(post: str) -> None:
    text = (
        "Race Goes Ahead\n\nRune Castel, the race director, said the marathon would go ahead.\n\n"
        f'{post}\n\n"We will keep going unless the storm hits," he said.'
    )
    assert _role(text, post.split("\n")[-1]) == ROLE_BOILERPLATE  # (the signature, at least)
    assert _speakers(text)[-1:] == ["Rune Castel"]


@pytest.mark.parametrize(
    "paragraph",
    [
        # Prose that names a handle, and a quotation signed by a name with no handle, stay the story's.
        "Piet Vallo (@pvallo) wrote on Twitter that the race was off, then deleted the post.",
        '"We will rebuild." — Piet Vallo, the race director',
        "The race director, Piet Vallo, said on Twitter that the race was off (@pvallo has 9,000 followers).",
    ],
)
def test_prose_naming_a_handle_stays_body(paragraph: str) -> None:
    text = f"Race Goes Ahead\n\nThe marathon was set for Sunday in Orrin.\n\n{paragraph}\n\nIt was not."
    assert _role(text, paragraph) == ROLE_BODY


@pytest.mark.parametrize(
    "line",
    [
        "Follow Ed Rossby on Twitter @edrossby.",
        "Follow Ed Rossby on Twitter",
        "Follow Ed Rossby @edrossby",
        "You can follow Ed Rossby on Instagram.",
    ],
)
def test_a_follow_line_is_no_antecedent_of_a_later_he(line: str) -> None:
    text = (
        "New Bus Line\n\nAhmad Rhee says the new bus line has cut his commute in half.\n\n"
        f'{line}\n\n"I get home in time for dinner now," he said.'
    )
    assert _role(text, line) == ROLE_BOILERPLATE
    assert _speakers(text) == ["Ahmad Rhee"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Follow Ed Rossby, the driver, on his last route through the city.",
        "Followers of Ed Rossby on Twitter say he is leaving.",
        "Follow the Money, a group in Orrin, wants the line cut.",
    ],
)
def test_prose_opening_on_follow_stays_body(paragraph: str) -> None:
    text = f"New Bus Line\n\nThe line opened on Monday in Orrin.\n\n{paragraph}\n\nIt was not cheap."
    assert _role(text, paragraph) == ROLE_BODY
