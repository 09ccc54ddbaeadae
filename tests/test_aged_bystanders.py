"""A person named by a given name and an age who tells police, a jury or reporters something (`Tom, 34,
told police he ...`) is not the he or she of an official's tag later in the paragraph: crime, court,
sport and street-interview copy name victims, defendants and players so and then quote the detective,
the prosecutor or the coach (the withdrawn aged-speaker rule gave them the quote; invented names only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Det. Sgt. Paul Ward said a man had been arrested.\n\nTom, 34, told police he had been "
            'punched outside a bar. Officers arrested a suspect nearby. "We believe this was an '
            'isolated incident," he said.',
            {"Paul Ward", None},
        ),
        (
            "Inspector Carol Dunn leads the inquiry.\n\nMaria, 34, told police she was grabbed from "
            'behind. Officers searched the park until dawn. "We are asking anyone with information '
            'to come forward," she said.',
            {"Carol Dunn", "Inspector Carol Dunn", None},
        ),
        (
            "Detective Paul Ward said a man was held overnight.\n\nTom, 34, told officers he was "
            'attacked by two men. "I can confirm his injuries are not serious," he said.',
            {"Paul Ward", None},
        ),
        (
            "Headteacher Paul Ward declined to comment at first.\n\nAnn, 43, said he had been bullied "
            'for months. "We have opened an inquiry into the claims," he said.',
            {"Paul Ward", None},
        ),
        (
            "Sen. Mary Wren defended her vote on Monday.\n\nLeon, 63, a retired welder, said she had "
            'lied to voters. "I voted for the bill because it was right," she said.',
            {"Mary Wren", None},
        ),
        (
            "Coach Mike Dell praised his side after the match.\n\nRyan, 23, said the win meant a lot "
            'to the squad. "I told them at half-time to keep going," he said.',
            {"Mike Dell", None},
        ),
        (
            "Prosecutor Paul Ward opened the case on Monday.\n\nCraig, 29, told the jury he had acted "
            'in self-defence. The jury was sent out. "The evidence shows a planned attack," he said.',
            {"Paul Ward", None},
        ),
        (
            "Fire Chief Ed Marsh said the blaze started in the kitchen.\n\nCarl, 51, a neighbour, told "
            'reporters he saw smoke at 3 a.m. Firefighters arrived within minutes. "The crew did a '
            'remarkable job saving the house next door," he said.',
            {"Ed Marsh", None},
        ),
        (
            "Sgt. Carol Dunn said patrols would increase.\n\nRita, 58, said she no longer walks home "
            'alone. Joan, 61, agreed. "We hear these worries at every meeting," she said.',
            {"Carol Dunn", None},
        ),
        (
            'Mayor Ann Holt took questions.\n\nRosa, 44, asked whether the pool would reopen. "It will '
            'reopen in June," she said.',
            {"Ann Holt", None},
        ),
        (
            "Mayor Ivo Park made his case at the hall.\n\nFinn, 45, who runs a bakery, was unmoved. "
            '"We have cut taxes twice," he said.',
            {"Ivo Park", None},
        ),
        (
            "Sgt. Carol Dunn said the boy was safe.\n\nRita, 38, told reporters she had searched all "
            'night. "I saw him first, by the river," she said.',
            {"Carol Dunn", None},
        ),
    ],
)
def test_an_aged_given_name_is_not_the_officials_tag(text: str, speakers: set[str | None]) -> None:
    assert body(text)[-1].speaker in speakers


def test_an_aged_woman_is_never_made_a_he() -> None:
    text = (
        "Headteacher Paul Ward declined to comment at first.\n\nAnn, 43, said he had been bullied "
        'for months. "We have opened an inquiry into the claims," he said.\n\nAnn Cole said she would '
        'move her son. "I have had enough," she said.'
    )
    assert [q.speaker for q in body(text)] == ["Paul Ward", "Ann Cole"]
