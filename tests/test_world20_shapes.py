"""Wrong or missing speakers in international and diplomatic copy (world20): invented names and
sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Envoys from four states met in Varden on Tuesday to price a canal joining two lakes, "
            'a scheme the regional council calls "the key to every trade route in the north."',
            "the regional council",
        ),
        (
            'The envoys argued over the canal, what the council calls "a bridge of water."',
            "the council",
        ),
    ],
)
def test_a_naming_verb_in_a_relative_clause_without_a_relative_word_has_its_own_subject(
    text: str, speaker: str
) -> None:
    quotes = body(text)
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The accord binds both sides to "keep every crossing open at night." '
            'The accord commits both sides to "report any stray patrol within a day."',
            "the accord",
        ),
        ('The charter provides for "a standing panel of river wardens" and a fund.', "the charter"),
        (
            'A draft of the pact seen by our reporter commits the navies to "joint drills twice a year."',
            "a draft of the pact",
        ),
        (
            "The river treaty, which both cabinets approved in May, calls for the sides to "
            '"keep every crossing open at night."',
            "the river treaty",
        ),
        (
            "A communique from the Tirvel cabinet after the summit spoke of "
            '"a frank and friendly exchange on water."',
            "a communique from the Tirvel cabinet",
        ),
    ],
)
def test_a_writing_that_commits_provides_calls_or_speaks_is_the_source_of_its_wording(
    text: str, speaker: str
) -> None:
    quotes = body(text)
    assert quotes[-1].speaker == speaker


@pytest.mark.parametrize(
    "office",
    [
        "The Minister of Roads, Rivers and Ports",
        "A spokesman for the Ministry of Culture, Sport, Youth and Tourism",
    ],
)
def test_a_name_after_an_office_whose_name_lists_its_fields_with_commas_is_the_speaker(office: str) -> None:
    text = f'{office}, Osk Varden, said the toll was "a fair price for a dry road."'
    quotes = body(text)
    assert [q.speaker for q in quotes] == ["Osk Varden"]


def test_a_he_after_a_surname_given_only_with_a_courtesy_title_means_that_man() -> None:
    text = (
        "Orlan Dusk, the rival envoy, flew home early on Friday. Mr. Vellaq stayed on at the hotel. "
        '"We will wait for the other delegations," he said.'
    )
    quotes = body(text)
    assert [q.speaker for q in quotes] == ["Vellaq"]


def test_a_writing_before_which_spoke_of_is_the_source_of_its_wording() -> None:
    text = (
        'The closing note called for "calm on the water." '
        'Its tone is milder than the draft shown to envoys on Monday, which spoke of "a binding duty to share water."'
    )
    quotes = body(text)
    assert quotes[-1].speaker == "the draft"


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        (
            "According to the Tarn Courier, which cited a source close to the talks,",
            "a source close to the talks",
        ),
        ("According to the Tarn Courier, citing a senior official,", "a senior official"),
    ],
)
def test_the_source_an_outlet_cites_after_according_to_is_the_speaker(opening: str, speaker: str) -> None:
    quotes = body(f'{opening} the sides agreed to "keep the river open all year."')
    assert [q.speaker for q in quotes] == [speaker]


def test_a_ministry_whose_name_lists_its_fields_with_commas_is_one_mention() -> None:
    quotes = body('The Ministry of Roads, Rivers and Ports said the toll was "a fair price for a dry road."')
    assert quotes[0].mention is not None
    assert quotes[0].mention.text == "The Ministry of Roads, Rivers and Ports"


def test_who_appealed_to_people_to_do_the_quoted_thing_is_the_speaker() -> None:
    quotes = body(
        'The lake envoy has appealed to both harbour unions to "put the nets down for a week," as talks stalled.'
    )
    assert [q.speaker for q in quotes] == ["the lake envoy"]
