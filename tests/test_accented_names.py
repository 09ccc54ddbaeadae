"""Names that open on a capital beyond ASCII (`Élise`, `Øyvind`, `Łukasz`, `Ó Faoláin`) read as the
same names written in ASCII: in tags, appositions, pronouns after them, and common words that open a
sentence on such a capital. Invented names and sentences only."""

from __future__ import annotations

import re

import pytest

from osceq.extract.article_names import ArticleNames
from osceq.extract.first_name_speakers import _surely_owner
from osceq.extract.given_names import given_name_gender
from osceq.extract.letter_cases import any_case
from osceq.extract.named_texts import _OWN_TAG
from osceq.extract.pronoun_genders import next_sentence_genders, title_genders
from osceq.models import Block
from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # Speakers in tags, in several languages.
        ('"The nets came back empty," said Zoë Ångström.', ["Zoë Ångström"]),
        ('"The nets came back empty," Tadhg Ó Faoláin said.', ["Tadhg Ó Faoláin"]),
        ('"The nets came back empty," said Øyvind Lie.', ["Øyvind Lie"]),
        ('"The nets came back empty," Łukasz Nowak said.', ["Łukasz Nowak"]),
        ('"The nets came back empty," said Ðorđe Petrović.', ["Ðorđe Petrović"]),
        # A surname alone in the tag is the full name written before it.
        (
            'Inés Álvarez runs the harbour. Álvarez told reporters: "The nets came back empty."',
            ["Inés Álvarez"],
        ),
        (
            'Rosa Lind, 54, fishes the bay.\n\nÉmile Roux, a skipper, disagreed. "It was a fair year," Roux said.',
            ["Émile Roux"],
        ),
        ('"It was a fair year," Roux said.\n\nÉmile Roux is a skipper in Brest.', ["Émile Roux"]),
        ('Rosa Lind and Émile Roux spoke. "It was a fair year," Roux said.', ["Émile Roux"]),
        (
            '"It was a fair year," said Ingrid Öberg, who chairs the co-operative. Öberg added that "prices were low".',
            ["Ingrid Öberg", "Ingrid Öberg"],
        ),
        # (the wife speaks: red35 read kin with no -er ending as a role before the given name)
        ('Émile Roux\'s wife Nadia said the season "was the worst in years".', ["Nadia"]),
        # Appositions: a description, then the name set off by a comma.
        ('"It was a fair year," said a skipper, Émile Roux.', ["Émile Roux"]),
        ('"It was a fair year," said Émile Roux, a skipper from Brest.', ["Émile Roux"]),
        # Pronouns after such names.
        (
            'The harbour master, Élise Marchand, said the quay was late. "We will build it," she said.',
            ["Élise Marchand"],
        ),
        ('Zoë Ångström, a farmer from Umeå, spoke first. "The rain came late," she said.', ["Zoë Ångström"]),
        ('Ángel Ruiz opened the meeting. "We will build it," he said.', ["Ángel Ruiz"]),
        ('Øyvind Lie opened the meeting. "We will build it," he said.', ["Øyvind Lie"]),
        ('Łukasz Nowak opened the meeting. "We will build it," he said.', ["Łukasz Nowak"]),
        ('Şule Kaya opened the meeting. "We will build it," she said.', ["Şule Kaya"]),
        ('Ævar Stefánsson opened the meeting. "We will build it," he said.', ["Ævar Stefánsson"]),
        ('Ólafur Ragnarsson met Émile Roux. "We lost," he said.', ["Ólafur Ragnarsson"]),
        (
            'Émile Roux had built the boat. "It is done," he said. "Now we rest," he added.',
            ["Émile Roux", "Émile Roux"],
        ),
        (
            'Ana Lind opened the meeting. Élise Marchand, the mayor, cut the ribbon. "It is done," she said.',
            ["Élise Marchand"],
        ),
        ('Émile "Mimo" Roux said the team "lost".', ["Émile Roux"]),
        ('"I am tired," Ávila said.\n\nThe striker, Rui Ávila, left in May.', ["Rui Ávila"]),
    ],
)
def test_a_name_opening_on_a_capital_beyond_ascii_is_read_as_a_name(text: str, speakers: list[str]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A sentence opening on an accented common word: no name, the pronoun keeps its person.
        ('À propos the quay, "we will build it," the mayor said.', ["the mayor"]),
        ('Émile Roux runs the yard. À propos of the vote, "we lost," he said.', ["Émile Roux"]),
        ('Émile Roux, the coach, spoke. À la carte menus "are finished," he said.', ["Émile Roux"]),
        ('Ana Lind spoke first. Über-rich donors, she said, "run the party."', ["Ana Lind"]),
        ('Ana Lind spoke first. Déjà vu, she said, was "the word for it".', ["Ana Lind"]),
        # A brand opening on such a capital is no person for the pronoun.
        ('Ana Lind runs the Über office in Lyon. "We grew fast," she said.', ["Ana Lind"]),
        (
            '"The deal is off," said Ana Lind. Über Eats, she added, "was never a rival".',
            ["Ana Lind", "Ana Lind"],
        ),
        ('Ana Lind met the board. Ébène Capital said the deal "was off".', ["Ébène Capital"]),
    ],
)
def test_an_accented_common_word_or_brand_is_no_person(text: str, speakers: list[str]) -> None:
    assert _speakers(text) == speakers


def test_the_next_sentence_gives_an_accented_surname_its_gender() -> None:
    assert next_sentence_genders("Ælfrida Ångström chairs the club. She spoke first.") == {"angstrom": "f"}


def test_any_case_widens_ranges_and_leaves_ascii_alone() -> None:
    pattern = re.compile(any_case(r"\b[A-Z][a-z]+\b"))
    assert pattern.findall("Élise and Łukasz met Zoë in Umeå; ÆGIR, not here.") == [
        "Élise",
        "Łukasz",
        "Zoë",
        "Umeå",
    ]
    assert re.compile(any_case(r"[A-Z]")).findall("abc DEF") == ["D", "E", "F"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # The Irish `Ó` before a surname belongs to the full name, which the he and the surname go back to.
        (
            'The conductor, Tadhg Ó Faoláin, rehearses in a barn. He said he wanted the choir to sound "like a village".',
            ["Tadhg Ó Faoláin"],
        ),
        (
            'Orla spoke first. The conductor, Tadhg Ó Faoláin, rehearses in a barn. He said he wanted the choir to sound "like a village".',
            ["Tadhg Ó Faoláin"],
        ),
        ('Tadhg Ó Faoláin opened the meeting. "We will build it," he said.', ["Tadhg Ó Faoláin"]),
        ('Tadhg Ó Faoláin runs the yard. "We will build it," Ó Faoláin said.', ["Tadhg Ó Faoláin"]),
        (
            '"We will build it," said Tadhg Ó Faoláin. Ó Faoláin added that it was "late".',
            ["Tadhg Ó Faoláin", "Tadhg Ó Faoláin"],
        ),
        # Without a full name the surname stays as written; `Ní` was read already.
        ('Orla, the youngest, spoke first. "We lost," Ó Faoláin said.', ["Ó Faoláin"]),
        ('Áine Ní Bhriain opened the meeting. "We will build it," she said.', ["Áine Ní Bhriain"]),
    ],
)
def test_the_irish_o_is_a_particle_of_the_name(text: str, speakers: list[str]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("word", "gender"),
    [("Łukasz", "m"), ("Małgorzata", "f"), ("Søren", "m"), ("Bjørn", "m"), ("ŁUKASZ", "m"), ("Łódź", None)],
)
def test_letters_that_do_not_decompose_are_mapped_for_a_given_names_sex(
    word: str, gender: str | None
) -> None:
    assert given_name_gender(word) == gender


def test_any_case_classes_stay_short_and_keep_every_letter_of_the_case() -> None:
    # (a class of hundreds of characters cost every pattern's compiling at import; where a block
    # alternates capital and small letters, `ĀāĂă`, a class takes both: `ĀĒĪ` would pass for a name)
    assert len(any_case("[A-Z]")) < 200 and len(any_case("[a-z]")) < 200
    pattern = re.compile(any_case(r"\b[A-Z][a-z]+\b"))
    assert pattern.findall("Nguyễn Thị Minh, Đặng and Ørsted met Ōtani; ØRSTED not.") == [
        "Nguyễn",
        "Thị",
        "Minh",
        "Đặng",
        "Ørsted",
        "Ōtani",
    ]


def test_name_capitals_beyond_ascii_in_the_later_patterns() -> None:
    # A capital beyond ASCII after a lone given name makes it part of another full name.
    assert _surely_owner(
        "Her sister, Carla Ørsted, agreed. Carla Mendt runs the inn.", "Carla", "Carla Mendt"
    )
    # A tag of the quotation's own by a name opening on such a capital.
    tag = _OWN_TAG.match(", Élodie Brandt said.")
    assert tag is not None and tag.group(1) == "said"
    # The one given name written before a surname anywhere.
    text = "Goalscorer Varga ran off.\n\nÉlise Varga celebrates."
    assert ArticleNames(text, [Block(0, len(text), "body")])._given_in_full("Varga") == "Élise Varga"
    # A courtesy title before the Irish particle tells the surname's sex.
    assert title_genders("Ms. Ó Faoláin spoke first. Mr. O'Dowd agreed.") == {"faolain": "f", "o'dowd": "m"}
