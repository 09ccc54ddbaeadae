"""The name shown for a speaker: firms named in the possessive, bodies a possessive owns (invented
names and sentences only)."""

from __future__ import annotations

import pytest

from osceq.extract.mentions import DESCRIPTION, ORGANISATION, PERSON, Mention, parse_mention
from tests.quote_helpers import body
from tests.quote_helpers import only_speaker as _speaker


def test_a_firm_named_in_the_possessive_keeps_its_possessive() -> None:
    text = 'Yields climbed. "Our outlook for the lender is now negative," said Harwell\'s, the rating firm.'
    assert _speaker(text) == "Harwell's"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Prices slid. Quillmark\'s news agency said sales were "far below" the target in May.',
            "Quillmark's news agency",
        ),
        (
            'Prices slid. Quillmark"s press office said sales were "far below" the target in May.',
            "Quillmark's press office",
        ),
    ],
)
def test_a_body_after_a_possessive_is_shown_rather_than_its_owner(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


def test_a_possessive_before_a_thing_it_owns_still_shows_the_owner() -> None:
    text = 'Prices slid. Quillmark\'s press release said sales were "far below" the target in May.'
    assert _speaker(text) == "Quillmark"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"Barley stocks will tighten by June," Varnholt\'s head of northern grain buying Gary Quellby said.',
            "Gary Quellby",
        ),
        ('"The talks have stalled," Envoy to the OSCE Linda Parrowe said on Friday.', "Linda Parrowe"),
    ],
)
def test_a_full_name_after_a_described_role_is_the_speaker(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    ("mention", "name", "role"),
    [
        (
            "Varnholt's head of northern grain buying Gary Quellby",
            "Gary Quellby",
            "Varnholt's head of northern grain buying",
        ),
        ("a spokesman for Governor Linda Parrowe", "a spokesman for Governor Linda Parrowe", None),
        ("a tally by analysts Gary Quellby", "a tally by analysts Gary Quellby", None),
    ],
)
def test_a_name_after_a_role_is_read_unless_it_is_the_object_of_one(
    mention: str, name: str, role: str | None
) -> None:
    parsed = parse_mention(mention)
    assert (parsed.name, parsed.role) == (name, role)


def test_an_organisation_name_holding_and_stays_whole_in_a_description() -> None:
    text = (
        'Shares rose. "We cannot say more today," said a spokesman for Varnholt Brothers and Co., one of '
        'the brokers. "The market is calm," he said.'
    )
    speakers = [quote.speaker for quote in body(text)]
    assert speakers == [
        "a spokesman for Varnholt Brothers and Co",
        "a spokesman for Varnholt Brothers and Co",
    ]


def test_a_ministry_named_with_and_stays_whole_after_a_description() -> None:
    text = '"Quotas will not change," an aide at the Fisheries and Forestry Ministry told reporters.'
    assert _speaker(text) == "an aide at the Fisheries and Forestry Ministry"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Yields fell. "Demand will stay firm," a fund manager at <Varnholt Trust and Loans Ltd> said.',
            "a fund manager at Varnholt Trust and Loans Ltd",
        ),
        (
            'Yields fell. "Demand will stay firm," said a spokesman for <Varnholt Securities>, the broker.',
            "a spokesman for Varnholt Securities",
        ),
    ],
)
def test_a_firm_in_wire_markup_completes_the_description_before_it(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


def test_a_leading_initial_stays_in_the_fullest_name() -> None:
    text = 'The board named J. Warren Quellby, 55, as its new chairman. "These steps will help us," Quellby said.'
    assert _speaker(text) == "J. Warren Quellby"


def test_a_preposition_right_after_a_determiner_does_not_end_a_description() -> None:
    text = (
        'Panel members relaxed after an outside adviser told them the pill "looks quite harmless to adults."'
    )
    assert _speaker(text) == "an outside adviser"


def test_a_military_rank_before_a_name_is_a_role() -> None:
    text = 'Commodore Ann Quellby told a briefing the fleet was "ready to sail within a week."'
    quotes = body(text)
    assert [(quote.speaker, quote.role) for quote in quotes] == [("Ann Quellby", "Commodore")]


def test_a_description_ending_in_a_dotted_abbreviation_keeps_its_dot() -> None:
    assert parse_mention("the Norwegian envoy to the U.K.").name == "the Norwegian envoy to the U.K."


def test_a_role_before_a_name_is_read_when_a_party_affiliation_follows() -> None:
    parsed = parse_mention("Budget panel ranking Republican Gary Quellby (R-Utah)")
    assert (parsed.name, parsed.role) == ("Gary Quellby", "Budget panel ranking Republican")


def test_a_name_after_a_plural_possessive_is_the_person() -> None:
    parsed = parse_mention("Quillmark Analytics’ Gary Quellby")
    assert (parsed.name, parsed.kind) == ("Gary Quellby", "person")


def test_a_surname_takes_the_full_name_written_after_a_plural_possessive() -> None:
    text = 'Yields fell, Quillmark Analytics’ Gary Quellby wrote. "Demand will stay firm," Quellby said.'
    assert [quote.speaker for quote in body(text)] == ["Gary Quellby"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Talks dragged on. "Turnout in the valley will decide it," Mara Quist\'s pollster said on Friday.',
            "Mara Quist's pollster",
        ),
        (
            'Talks dragged on. "Nobody here has signed anything yet," said Quist\'s business manager.',
            "Quist's business manager",
        ),
        (
            'Talks dragged on. "She never once missed a vote," Quist\'s former supporters said.',
            "Quist's former supporters",
        ),
    ],
)
def test_a_person_after_a_possessive_speaks_rather_than_the_owner(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


def test_a_possessive_before_the_owners_own_words_shows_the_owner() -> None:
    text = 'Talks dragged on. "Turnout in the valley will decide it," Quist\'s statement said on Friday.'
    assert _speaker(text) == "Quist"


def test_a_verb_after_a_possessive_noun_leaves_the_owner_as_written() -> None:
    assert parse_mention("Mrs. Quist's speeches angered her critics").name == "Quist"


def test_a_possessive_description_opening_a_sentence_is_lower_cased() -> None:
    assert parse_mention("One of Quist's oldest supporters").name == "one of Quist's oldest supporters"


@pytest.mark.parametrize(
    ("mention", "shown"),
    [("Clause 14", "Clause 14"), ("Directive 52 of the board", "Directive 52")],
)
def test_a_capitalised_word_and_its_number_name_a_thing_shown_whole(mention: str, shown: str) -> None:
    assert parse_mention(mention) == Mention(shown, None, ORGANISATION)


def test_a_number_after_a_full_name_is_not_part_of_it() -> None:
    assert parse_mention("Ann Quist 45").name == "Ann Quist"


@pytest.mark.parametrize(
    ("mention", "shown"),
    [
        ("Provincial regulators", "Provincial regulators"),
        ("Quist campaign supporters", "Quist campaign supporters"),
        ("Norland's Baltic allies", "Norland's Baltic allies"),
    ],
)
def test_a_plural_noun_for_people_after_capitalised_words_is_those_people(mention: str, shown: str) -> None:
    assert parse_mention(mention) == Mention(shown, None, DESCRIPTION)


def test_a_word_after_a_surname_that_names_no_people_leaves_the_surname() -> None:
    assert parse_mention("Quist himself") == Mention("Quist", None, PERSON)


@pytest.mark.parametrize(
    ("mention", "shown"),
    [
        ("curator of the Vell Museum", "curator of the Vell Museum"),
        ("excerpts of the mayor's address", "excerpts of the mayor's address"),
    ],
)
def test_a_lower_case_head_before_of_is_shown_with_its_phrase(mention: str, shown: str) -> None:
    assert parse_mention(mention) == Mention(shown, None, DESCRIPTION)


def test_a_full_name_with_a_middle_initial_after_a_described_role_is_the_person() -> None:
    mention = parse_mention("the fund's head of research Laura K. Venn")
    assert mention == Mention("Laura K. Venn", "fund's head of research", PERSON)


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("Quist's press secretary, Lena Brandt,", Mention("Lena Brandt", "Quist's press secretary", PERSON)),
        ("Quist's sons, Ivo and Jan Brandt,", Mention("Quist's sons", None, DESCRIPTION)),
    ],
)
def test_a_name_set_off_after_a_possessives_person_is_that_person(mention: str, expected: Mention) -> None:
    assert parse_mention(mention) == expected


def test_a_description_opening_a_sentence_loses_the_capital_the_article_does_not_give_it() -> None:
    text = (
        "The grain fair closed early after a quiet week of regional trading.\n"
        'Regional dealers said the asking price was "well above what mills will pay."'
    )
    assert _speaker(text) == "regional dealers"


def test_a_description_opening_with_a_word_the_article_always_capitalises_keeps_it() -> None:
    text = 'The grain fair closed early.\nPentagon officials said the asking price was "well above plan."'
    assert _speaker(text) == "Pentagon officials"


@pytest.mark.parametrize(
    "text",
    [
        'Turnout fell again.\nIt’s been widely reported that the vote was "a quiet affair" this year.',
        'Turnout fell again. It\'s not enough to say the vote was "a quiet affair" this year.',
    ],
)
def test_a_pronoun_contracted_with_is_is_never_shown_as_a_speaker(text: str) -> None:
    assert _speaker(text) is None


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("Harwell magazine", Mention("Harwell magazine", None, ORGANISATION)),
        ("Quist Holdings board", Mention("Quist Holdings board", None, ORGANISATION)),
        ("Quist's campaign", Mention("Quist's campaign", None, DESCRIPTION)),
    ],
)
def test_a_word_for_a_body_after_capitalised_words_names_the_body(mention: str, expected: Mention) -> None:
    assert parse_mention(mention) == expected


@pytest.mark.parametrize(
    ("owner_line", "mention", "speaker"),
    [
        ("Ada Quist is running for mayor.", "Quist's pollster", "Ada Quist's pollster"),
        (
            "Ada Quist is running for mayor.",
            "Quist's longtime speechwriter",
            "Ada Quist's longtime speechwriter",
        ),
        ("Quist Freight won the contract.", "Quist's chairman", "Quist's chairman"),
    ],
)
def test_a_persons_own_person_is_shown_with_the_owners_full_name(
    owner_line: str, mention: str, speaker: str
) -> None:
    assert _speaker(f'{owner_line} "We expect to win this easily," {mention} said on Monday.') == speaker
