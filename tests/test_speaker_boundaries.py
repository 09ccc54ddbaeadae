"""Where a speaker's noun phrase begins and ends around firms' names, "of" phrases and plural
reporting verbs, and the name shown for it (invented names and sentences only)."""

from __future__ import annotations

import pytest

from osceq.extract.names import parse_mention
from tests.quote_helpers import body
from tests.quote_helpers import only_speaker as _speaker


def _mention(text: str) -> str | None:
    quotes = body(text)
    assert len(quotes) == 1
    return quotes[0].mention.text if quotes[0].mention else None


@pytest.mark.parametrize(
    "text",
    [
        'Rates fell. "Markets will fall," said Kestrel Bowman (Securities) Ltd analyst Ivo Marsh.',
        'Rates fell. "Markets will fall," Kestrel Bowman (Holdings) Ltd economist Ivo Marsh said.',
        'Rates fell. Kestrel Bowman (Asia) Ltd economist Ivo Marsh said, "Markets will fall."',
    ],
)
def test_a_parenthesis_inside_a_firms_name_leaves_the_person_after_it(text: str) -> None:
    assert _speaker(text) == "Ivo Marsh"
    assert str(_mention(text)).startswith("Kestrel Bowman (")


def test_a_mention_reads_past_a_parenthesis_inside_a_firms_name() -> None:
    assert parse_mention("Kestrel (Holdings) Ltd analyst Ivo Marsh").name == "Ivo Marsh"
    # A parenthesis after a name, or before no firm's ending, still ends it.
    assert parse_mention("Sen. Ann Lee (D-Ohio)").name == "Ann Lee"
    assert _speaker('Rates fell. "Markets will fall," said Sen. Ann Lee (D-Ohio).') == "Ann Lee"
    assert _speaker('Rates fell. "Markets will fall," said Ann Lee (Reuters) Bo.') == "Ann Lee"


@pytest.mark.parametrize(
    "text",
    [
        'Rates fell. Ivo Marsh of the charity Pax Bowman told reporters, "Markets will fall."',
        'Rates fell. Economist Ivo Marsh of the brokerage Kestrel Bowman Inc said, "Markets will fall."',
    ],
)
def test_a_person_of_a_described_organisation_is_the_speaker(text: str) -> None:
    assert _speaker(text) == "Ivo Marsh"


def test_a_firm_named_with_and_and_a_compass_word_goes_on_into_the_role() -> None:
    assert parse_mention("Kestrel and Western chairman Ivo Marsh").name == "Ivo Marsh"
    # A compass word opening a place's name leaves two people.
    assert parse_mention("Lee and Western Cape premier Ivo Marsh").name == "Lee and Ivo Marsh"


def test_a_plural_present_verb_after_plural_people_ends_the_subject() -> None:
    for text, speaker in (
        ('Rates fell. "We lead the region," the officials state in the report.', "the officials"),
        ('Rates fell. "We lead the region," the planners note in their study.', "the planners"),
        ('Rates fell. The officials state in the report, "We lead the region."', "the officials"),
        ('Rates fell. The planners note, "We lead the region."', "the planners"),
        # After a determiner the form stays a noun.
        ('Rates fell. "We lead the region," a note from the state said.', "a note from the state"),
    ):
        assert _speaker(text) == speaker, text


def test_a_name_after_a_descriptions_affiliation_is_the_speaker() -> None:
    for text, speaker in (
        (
            'Rates fell. "Prices will fall," said the chief dealer at Kestrel Bank, Ivo Marsh. Marsh left.',
            "Ivo Marsh",
        ),
        (
            'Rates fell. "Prices will fall," said his best friend at Kestrel, David Oakes, who left.',
            "David Oakes",
        ),
        # A town after the comma is no one: its last word is nowhere else in the article.
        ('Rates fell. "Prices will fall," said an analyst at Kestrel Bank, Villa Nueva.', "an analyst"),
    ):
        assert _speaker(text) == speaker, text


def test_a_place_or_firm_owning_something_is_no_person() -> None:
    assert parse_mention("Kestrel Corp's energy").kind == "organisation"
    assert parse_mention("Venezuela's energy").kind == "organisation"
    assert parse_mention("Ann Lee's energy").kind == "person"  # a person's possessive is read as before
    # A country's possessive is no "he" later on.
    text = (
        'Rates fell. Chile\'s energy minister described the deal as "one more step." '
        'Prices rose. "We are looking to the long term," he said.'
    )
    assert [q.speaker for q in body(text)][-1] is None


def test_a_bare_form_after_a_single_capitalised_word_is_a_noun() -> None:
    text = 'Rates fell. Ohio state delegate Mara Lind, clad in a red cape, said the party could "win it all."'
    assert _speaker(text) == "Mara Lind"
    text = 'Rates fell. "We win it all," Kestrel state treasurer Ivo Marsh said.'
    assert _speaker(text) == "Ivo Marsh"
    # A plural or joined subject still takes the bare form as its verb.
    assert _speaker('Rates fell. Democrats state in the letter: "We win it all."') == "Democrats"


def test_a_state_after_a_persons_town_is_no_subject() -> None:
    text = 'Rates fell. Ivo Marsh of Dover, Delaware says she thinks Kestrel can "win it all."'
    assert _speaker(text) == "Ivo Marsh"


def test_a_relative_clause_left_open_before_the_verb_leaves_the_name_before_it() -> None:
    text = 'Rates fell. Ivo Marsh, who is chairman of Our Kestrel Pac said "we win it all."'
    assert _speaker(text) == "Ivo Marsh"


def test_a_title_abbreviation_before_and_a_second_office_goes_on_to_the_name() -> None:
    text = 'Rates fell. "We win it all," said former Ohio Gov. and Kestrel Party Chairman Ivo Marsh.'
    assert _speaker(text) == "Ivo Marsh"


def test_no_before_a_number_ends_no_sentence() -> None:
    text = 'Rates fell. Ivo Marsh, the No. 2 in the party leadership, said: "This will not pass."'
    assert _speaker(text) == "Ivo Marsh"


def test_an_auxiliary_or_adverb_before_the_verb_is_not_part_of_the_speaker() -> None:
    for text, speaker in (
        (
            'Rates fell. The Ohio senator is telling reporters that the plan is "a disaster."',
            "the Ohio senator",
        ),
        ('Rates fell. "It is a disaster," the editorial board recently wrote.', "the editorial board"),
    ):
        assert _speaker(text) == speaker, text


def test_people_described_by_what_they_are_for_or_against_are_a_description() -> None:
    text = 'Rates fell. Critics of the new plan, however, say it would keep "only weak safeguards" in place.'
    assert _speaker(text) == "critics of the new plan"
    assert parse_mention("Opponents of the plan").kind == "description"
    assert parse_mention("Jones of the firm").name == "Jones"  # a surname ending in s stays a name


def test_a_party_in_parentheses_between_a_name_and_its_of_phrase_keeps_the_name() -> None:
    text = 'Rates fell. Councillor Ann Lee (Green) of Dover warned the budget would "leave the harbour short of money."'
    assert _speaker(text) == "Ann Lee"


def test_a_description_ends_before_an_auxiliary() -> None:
    assert parse_mention("a statement was issued").name == "a statement"
    assert parse_mention("some voters could be heard").name == "some voters"


def test_a_plural_of_a_nationality_describes_people() -> None:
    assert parse_mention("Older Germans").kind == "description"
    assert parse_mention("many Iranians").kind == "description"


def test_a_surname_that_is_also_an_adverb_or_a_month_stays_in_the_name() -> None:
    assert _speaker('Rates fell. "We should have a deal," said Kestrel analyst Ivo Long.') == "Ivo Long"
    assert _speaker('Rates fell. "We should have a deal," said Kestrel analyst Ivo May.') == "Ivo May"
    assert _speaker('Rates fell. "We should have a deal," Ivo Marsh also said.') == "Ivo Marsh"


def test_a_name_before_a_description_does_not_reach_into_the_sentence_before() -> None:
    text = (
        "Harbour Board Faces Storm Over Missing Funds In Annual Audit. Ann Lee, a former clerk for Mayor Bo "
        'Park has written a memoir in which she calls Park "a poor manager."'
    )
    assert _speaker(text) == "Ann Lee"
    assert (
        _speaker('Rates fell. The mill will stay in U.S. Hands, the filing said, "at least this year."')
        == "the filing"
    )
