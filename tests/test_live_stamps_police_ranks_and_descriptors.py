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
        ("16.05 BST PM says the fuel duty freeze is ‘here to stay’", ["PM"]),
        ("2.30pm GMT Mayor says the bridge will be ‘open by May’", ["Mayor"]),
        ("0915 GMT Ilsa Varne says the vote is ‘too close to call’", ["Ilsa Varne"]),
        ("10am AEST Premier Joan Kettle says the budget is ‘in good shape’", ["Joan Kettle"]),
        ("10.02 IST Minister says the deal is ‘a good one’", ["minister"]),
        ("At 9.30 the Mayor said the bridge was ‘open by May’.", ["the Mayor"]),
    ],
)
def test_a_live_blog_time_stamp_is_no_part_of_the_name(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


def speakers_and_roles(text: str) -> list[tuple[str | None, str | None]]:
    return [(quote.speaker, quote.role) for quote in body(text)]


@pytest.mark.parametrize(
    ("rank", "expected"),
    [
        ("Det", [("Orla Quent", "Det")]),
        ("Det Con", [("Orla Quent", "Det Con")]),
        ("Det Sgt", [("Orla Quent", "Det Sgt")]),
        ("DS", [("Orla Quent", "DS")]),
        ("DI", [("Orla Quent", "DI")]),
        ("DC", [("Orla Quent", "DC")]),
        ("DCI", [("Orla Quent", "DCI")]),
    ],
)
def test_a_british_police_rank_is_the_role_not_the_name(rank: str, expected: list[tuple[str, str]]) -> None:
    text = f"{rank} Orla Quent said the stolen van was ‘a vital clue’."
    assert speakers_and_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Det Con Quent said the van was ‘a vital clue’.", [("Quent", "Det Con")]),
        # Bare `Det` before no given name is the Scandinavian article; `Con` alone is a given name.
        ("Det Norske Skipsfart said the hull was ‘sound’.", [("Det Norske Skipsfart", None)]),
        ("Con Quent said the van was ‘a vital clue’.", [("Con Quent", None)]),
        ("DC Rovers said the deal was ‘a vital step’.", [("DC Rovers", None)]),
    ],
)
def test_police_ranks_need_a_name_after_them(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers_and_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Dr Orla Quent of the Centre for Tidal Studies said the plan was "deeply flawed".', ["Orla Quent"]),
        (
            'Orla Quent of the Institute for Harbour Studies said the plan was "deeply flawed".',
            ["Orla Quent"],
        ),
        ('Dr Quent of the Centre for Tidal Studies said the plan was "deeply flawed".', ["Quent"]),
        (
            'A spokesman for the Centre for Tidal Studies said the plan was "deeply flawed".',
            ["a spokesman for the Centre for Tidal Studies"],
        ),
        # Unchanged: a body with no "for" in its name, and the affiliation set off by commas.
        ('Prof Orla Quent of the University of Varne said the plan was "deeply flawed".', ["Orla Quent"]),
        (
            'Dr Orla Quent, of the Centre for Tidal Studies, said the plan was "deeply flawed".',
            ["Orla Quent"],
        ),
    ],
)
def test_a_body_named_with_for_after_of_is_the_affiliation_not_the_speaker(
    text: str, expected: list[str]
) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Opener Tess Vardy called her maiden century ‘a day I will never forget’.",
            [("Tess Vardy", "Opener")],
        ),
        (
            "Paceman Ivo Brandt, who took 2-40, said the batters had ‘made us work’.",
            [("Ivo Brandt", "Paceman")],
        ),
        ("Neighbour Orla Quent said nobody had ‘ever knocked on our door’.", [("Orla Quent", "Neighbour")]),
        ('Debutant Bram Tolley, 19, said: "My legs were shaking all game."', [("Bram Tolley", "Debutant")]),
        (
            "Prosecutor Ivo Brandt said the rider suffered ‘life-changing’ injuries.",
            [("Ivo Brandt", "Prosecutor")],
        ),
        # Unchanged: such a word as a surname, in a firm's name, or a given name that is no descriptor.
        ("‘It was a road,’ said Tess Driver.", [("Tess Driver", None)]),
        ("Striker Holdings said the deal was ‘a good one’.", [("Striker Holdings", None)]),
        ("Hunter Vardy said the pitch was ‘a road’.", [("Hunter Vardy", None)]),
    ],
)
def test_a_descriptor_opening_a_sentence_before_a_name_is_the_role(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert speakers_and_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will open the bridge in May," the mayor and Tess Vardy said.', ["the mayor and Tess Vardy"]),
        ('"We will open the bridge in May," said the mayor and Tess Vardy.', ["the mayor and Tess Vardy"]),
        ('The mayor and Tess Vardy said the bridge would be "open in May".', ["the mayor and Tess Vardy"]),
        ('"It is good," his wife and Ivo Brandt said.', ["his wife and Ivo Brandt"]),
        (
            '"We will open the bridge in May," the Secretary of State and Tess Vardy said.',
            ["the Secretary of State and Tess Vardy"],
        ),
        (
            'Tess Vardy toured the dam. "We will open it in May," the Secretary of State and Vardy said.',
            ["the Secretary of State and Tess Vardy"],
        ),
        # One person with two roles: a title after "and" goes on the role, as before.
        ('"It is good," the president and Chief Executive Ivo Brandt said.', ["Ivo Brandt"]),
        ('"It is good," the chairman and chief executive Ivo Brandt said.', ["Ivo Brandt"]),
        ('"It is good," the president and CEO Ivo Brandt said.', ["Ivo Brandt"]),
    ],
)
def test_a_described_person_and_a_named_one_are_shown_together(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Tess Vardy toured the dam. "We will open it in May," the mayor and Vardy said.',
            ["the mayor and Tess Vardy"],
        ),
        ('The mayor and Vardy said the dam was "sound".', ["the mayor and Vardy"]),
        # Unchanged: a body after "and".
        ('"It is good," the mayor and Council said.', ["the mayor and Council"]),
    ],
)
def test_a_described_person_and_a_surname_are_shown_together(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The snag, said Ivo Brandt, was that Tess Vardy kept saying the fund was "fully stocked".',
            ["Tess Vardy"],
        ),
        (
            "The worry, said Ivo Brandt, is that Tess Vardy keeps telling voters ‘we will win’.",
            ["Tess Vardy"],
        ),
        ('The snag, Ivo Brandt said, was that Tess Vardy kept saying "we will win".', ["Tess Vardy"]),
        (
            'Ivo Brandt runs the club. The snag, he said, was that Tess Vardy kept saying "we will win".',
            ["Tess Vardy"],
        ),
        # The tag's own quote stays the tag speaker's.
        ('The snag, said Ivo Brandt, was "a lack of cash".', ["Ivo Brandt"]),
        ('The snag, said Ivo Brandt, was that the fund was "nearly empty".', ["Ivo Brandt"]),
        ('The snag, Ivo Brandt said, was that the fund was "nearly empty".', ["Ivo Brandt"]),
        # A tag before a participle is no aside before a main clause.
        ('Sales rose, Ivo Brandt said, adding, "It was a good year."', ["Ivo Brandt"]),
    ],
)
def test_a_speech_verb_after_a_tag_set_off_before_was_that_takes_the_quote(
    text: str, expected: list[str]
) -> None:
    assert speakers(text) == expected


def analysed(text: str) -> list[tuple[str | None, str]]:
    from osceq.analyze import analyze
    from osceq.models import Document

    article = analyze(Document(id="t", path="", text=text, title="Varne town hall sold"))
    return [(quote.speaker, quote.text) for quote in article.quotes]


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Tess Vardy: 'We just want him home.' Photo: Varne Press",
            [("Tess Vardy", "We just want him home.")],
        ),
        (
            "Tess Vardy at Varne Harbour: 'Nobody warned us about the flood' (Image: Ivo Brandt)",
            [("Tess Vardy", "Nobody warned us about the flood")],
        ),
        # No person opens the caption: nothing is said.
        ("Varne Holdings: 'Open for business' Photo: Varne Press", []),
        ("The hall at dusk. Photo: Varne Press", []),
    ],
)
def test_a_caption_quoting_a_named_person_is_that_person_s(
    caption: str, expected: list[tuple[str, str]]
) -> None:
    text = f"Varne town hall sold\n\nThe council sold the town hall on Monday for £2m.\n\n{caption}\n\nThe sale closes in May."
    assert analysed(text) == expected
