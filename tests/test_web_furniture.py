"""Page furniture of saved web pages in invented text: embedded social posts."""

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
