"""Wrong people and junk names that review30a found in the rules of left29a and left29b, mended."""

from __future__ import annotations

import pytest

from osceq.analyze import analyze
from osceq.models import Document
from tests.quote_helpers import body


def speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


def analysed(text: str, title: str) -> list[tuple[str | None, str]]:
    article = analyze(Document(id="t", path="", text=text, title=title))
    return [(quote.speaker, quote.text) for quote in article.quotes]


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # The caption's own tag names the speaker: the pictured person is not it.
        (
            "Orla Quent: 'a kind and patient teacher', her pupils said. Photo: Kell Press",
            [("her pupils", "a kind and patient teacher")],
        ),
        (
            "Orla Quent on her wedding day in 2015: 'She never stopped smiling,' said her aunt. Photo: family",
            [("her aunt", "She never stopped smiling,")],
        ),
        (
            "Orla Quent at the hearing: 'He pushed me twice,' Bram Tolley told the court. Photo: Kell Press",
            [("Bram Tolley", "He pushed me twice,")],
        ),
        # A place named like a person is no speaker.
        ("Milla Road: 'Slow down' banners were torn. Photo: Kell Press", []),
        ("Edwin Bridge: 'No entry' signs went up overnight. Photo: Kell Press", []),
        # The pictured person with no tag of the caption's own still speaks.
        (
            "Orla Quent outside the bakery: 'We will miss the smell of bread' Photo: Kell Press",
            [("Orla Quent", "We will miss the smell of bread")],
        ),
    ],
)
def test_a_caption_s_own_tag_or_a_place_keeps_the_quote_from_the_caption_name(
    caption: str, expected: list[tuple[str, str]]
) -> None:
    text = f"Kellmoor bakery closes\n\nThe bakery on Mill Lane closed on Friday after 90 years.\n\n{caption}\n\nIts ovens will be sold."
    assert analysed(text, "Kellmoor bakery closes") == expected


def test_a_caption_is_read_in_an_article_written_in_lower_case() -> None:
    text = (
        "kellmoor bakery closes\n\nthe bakery on mill lane closed on friday after ninety years of trade in the "
        "old market town, and the building will be sold to a developer later in the year.\n\n"
        "mayor bram tolley said the town would miss it and that a new shop would open in the spring.\n\n"
        "Orla Quent outside the bakery: 'We will miss the smell of bread' Photo: Kell Press\n\nits ovens will be sold."
    )
    assert analysed(text, "kellmoor bakery closes") == [("Orla Quent", "We will miss the smell of bread")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The names after the opening phrase are the subject, set off by an apposition.
        (
            "Pia Holm, the chair, opened the summit on Friday.\n\n"
            "In Vanto, Bram Tolley and Orla Quent, Kelland's trade delegates, told the press the day went well.\n\n"
            '"It was a good start," she said.',
            ["Orla Quent"],
        ),
        (
            "The vote was called. In Vanto, Bram Tolley and Orla Quent, Labour MPs, told the press they "
            'would walk out. "We are done," he said.',
            [None],
        ),
        # A real list closing the opening phrase still leaves the subject after it.
        (
            "After meeting Pia Holm, Bram Tolley and Ivo Vant, Orla Quent told the press she was pleased.\n\n"
            '"It was a good start," she said.',
            ["Orla Quent"],
        ),
    ],
)
def test_a_list_after_an_opening_phrase_with_an_apposition_is_the_subject(
    text: str, expected: list[str | None]
) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The person after the paper word owns or runs it: the "it" is the paper, not that person.
        (
            "KELLMOOR, May 9 - The newspaper Bram Tolley bought last year said on Friday the count was "
            'wrong. "The count is a farce," it said.',
            [None],
        ),
        (
            "KELLMOOR, May 9 - The weekly Orla Quent runs said the count was wrong.\n\n"
            '"The count is a farce," it said.',
            [None],
        ),
        (
            'KELLMOOR, May 9 - The weekly Vell Brun runs said the count was wrong. "It is a farce," it said.',
            [None],
        ),
        # A paper named after its word still speaks as the "it".
        (
            'KELLMOOR, May 9 - The count was wrong, the Kelland daily Vostra said. "It is a farce," it said.',
            ["Vostra"],
        ),
        (
            'KELLMOOR, May 9 - The Kelland daily Vostra on Friday said the count was wrong. "It is a farce," it said.',
            ["Vostra"],
        ),
    ],
)
def test_a_person_or_a_relative_clause_after_a_paper_word_is_no_outlet(
    text: str, expected: list[str | None]
) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A described speaker in a joined clause may be the named person again: the he stays his.
        (
            "Trade Secretary Bram Tolley said the tariffs would stay, and the secretary told MPs the talks "
            'were over. "We gave it a year," he said.',
            "Bram Tolley",
        ),
        (
            'Bram Tolley told the jury he had never met the man, but the judge said he was lying. "I was '
            'in Vanto that week," he said.',
            "Bram Tolley",
        ),
        (
            "Manager Bram Tolley thanked the fans, and the striker said the win was deserved. "
            '"We earned this," he said.',
            "Bram Tolley",
        ),
        # Against an earlier described speaker, the later description still blocks the he.
        (
            '"No comment," an aide said, but the governor told the press the plan was dead. '
            '"We move on," he said.',
            None,
        ),
    ],
)
def test_a_joined_clause_s_description_blocks_only_a_described_speaker(
    text: str, expected: str | None
) -> None:
    assert speakers(text)[-1] == expected


def speakers_and_roles(text: str) -> list[tuple[str | None, str | None]]:
    return [(quote.speaker, quote.role) for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A firm or charity named with a descriptor word stays whole.
        ('Victim Aid Kelland said: "Help is there for anyone."', [("Victim Aid Kelland", None)]),
        ('Passenger Voice said: "Fares are too high."', [("Passenger Voice", None)]),
        ('Driver Hire Vanto said: "Demand is up."', [("Driver Hire Vanto", None)]),
        ('Rider Tolley Brun said: "Costs rose."', [("Rider Tolley Brun", None)]),
        # A given name and a surname after it are a person's name.
        ('Witness Orla Quent said: "I heard two bangs."', [("Orla Quent", "Witness")]),
        ('Driver Bram Tolley said: "The brakes went."', [("Bram Tolley", "Driver")]),
    ],
)
def test_a_descriptor_is_cut_only_before_a_person_s_name(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert speakers_and_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A rank in initials before a surname the article gives in full: that person.
        (
            'Det Insp Pia Holm led the hunt for the van.\n\n"We have traced the driver," DI Holm said.',
            [("Pia Holm", "Det Insp")],
        ),
        # Uniformed ranks in initials before a full name are the role.
        ('PC Ivo Vant said: "The road was closed for an hour."', [("Ivo Vant", "PC")]),
        ('PCSO Ivo Vant said: "The road was closed for an hour."', [("Ivo Vant", "PCSO")]),
        # Initials before one word the article never gives in full, or a firm's: left whole.
        ('DI Holm said: "We have traced the driver."', [("DI Holm", None)]),
        ('PC Planet said: "Sales of laptops rose."', [("PC Planet", None)]),
    ],
)
def test_a_police_rank_in_initials_is_the_role(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert speakers_and_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two people with one given name: no firm, no "it".
        ('Sam and Sam said sales rose.\nIt said "margins were thin" this year.', None),
        # A doubled surname is still one firm.
        ('Vell and Vell said sales rose.\nIt said "margins were thin" this year.', "Vell and Vell"),
    ],
)
def test_a_doubled_given_name_is_no_firm(text: str, expected: str | None) -> None:
    assert speakers(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A descriptor before a lone surname the article gives in full: that person.
        (
            'Bram Tolley hit the post twice before half-time.\n\nSkipper Tolley, 31, said: "We kept going."',
            ["Bram Tolley"],
        ),
        # Given in full in the body with a given name of no list: that name too.
        (
            'Kelland\'s Vostrik Tolley hit the post.\n\nSkipper Tolley, 31, said: "We kept going."',
            ["Vostrik Tolley"],
        ),
        # Set off as a person (an age, a "who" clause): the descriptor is the role.
        ('Skipper Tolley, 31, said: "We kept going."', ["Tolley"]),
        ('Paceman Riley Vostrak, who took 3-51, said: "The ball swung late."', ["Riley Vostrak"]),
        # Never given in full nor set off as a person: left whole.
        ('Skipper Tolley said: "We kept going."', ["Skipper Tolley"]),
        ('Rider Vostrak Brun, which builds bridges, said: "Costs rose."', ["Rider Vostrak Brun"]),
    ],
)
def test_a_descriptor_before_a_surname_given_in_full_elsewhere_is_dropped(
    text: str, expected: list[str | None]
) -> None:
    assert speakers(text) == expected
