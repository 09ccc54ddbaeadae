"""Attribution shapes of straight political news found by the invented set of partial quotes
(eval/invented-partial): invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            'Rep. Ines Varrow, D-Calder Springs, the vice chair of the panel, said the levy was "a '
            'patch on a patch." "Nobody here likes it," she said.',
            ["Ines Varrow", "Ines Varrow"],
        ),
        (
            "State Sen. Otto Brandvold, R-Fallon, who has fought the toll for a decade, called it "
            "“a tax on the commute” on Friday.",
            ["Otto Brandvold"],
        ),
        (
            'Sen. Maud Elsworth, I-Vt., a former county clerk, warned of "ballots nobody can count."',
            ["Maud Elsworth"],
        ),
    ],
)
def test_a_party_label_after_a_name_is_not_the_speaker(text: str, speakers: list[str]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            'In what Tova Renquist called "the only honest line of the night," Abel Sorensen conceded '
            'that the levy "will not cover the gap."',
            ["Tova Renquist", "Abel Sorensen"],
        ),
        (
            "After what the county clerk described as “a month of recounts,” the board certified the vote.",
            ["the county clerk"],
        ),
    ],
)
def test_a_free_relative_opening_the_sentence_names_the_speaker_of_its_fragment(
    text: str, speakers: list[str]
) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ('Mayor Lise Dunmore was accused by Hal Cobb of "hiding the audit in a drawer."', ["Hal Cobb"]),
        (
            "Renters were accused on Monday by the county assessor, Wendell Prout, of “gaming the "
            "exemption.”",
            ["Wendell Prout"],
        ),
        ('The levy was described by Greta Olin as a "last gasp for the library."', ["Greta Olin"]),
    ],
)
def test_the_agent_of_a_passive_charge_speaks_the_fragment(text: str, speakers: list[str]) -> None:
    assert _speakers(text) == speakers


def test_the_subject_of_a_passive_is_not_the_speaker_of_a_later_fragment() -> None:
    text = 'Councilman Ruben Aske was accused of "gutting the parks budget to pay for a parking deck."'
    assert _speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Slow, costly and late" is how Alderman Piet Ruysdael described the bridge plan.', "Piet Ruysdael"),
        (
            "“A raid on the rainy-day fund” is how one retired teacher, Olive Marchbanks, 68, put it at "
            "the hearing.",
            "Olive Marchbanks",
        ),
    ],
)
def test_a_fragment_opening_is_how_x_described_it_is_x_s_partial_quote(text: str, speaker: str) -> None:
    quotes = body(text)
    assert [(q.kind, q.speaker) for q in quotes] == [("partial", speaker)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The measure is backed by the Harbor Pilots Guild, whose president, Lyle Quenneville, called "
            'the vote "overdue by a decade."',
            "Lyle Quenneville",
        ),
        (
            "That leaves the Prairie Bloc, whose floor leader, Sen. Ada Voskuijlen, said the group would "
            "“vote as one or not at all.”",
            "Ada Voskuijlen",
        ),
    ],
)
def test_the_name_after_whose_role_is_the_subject_of_the_verb(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_an_opening_clause_after_a_dateline_gives_the_pronoun_its_person() -> None:
    text = (
        "MARLOW FORKS, Kan. — When Gov. Edda Thorvaldsen signed the grain levy in May, she predicted it "
        'would "pay for itself by harvest."'
    )
    assert _speakers(text) == ["Edda Thorvaldsen"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A league of tenant groups fought the rezoning. Its letter after the hearing called the plan "
            '"a giveaway dressed as housing."',
            "its letter",
        ),
        ('The guild in a statement after the ruling called it "a long overdue correction."', "the guild"),
    ],
)
def test_a_prepositional_phrase_between_subject_and_verb_is_not_the_subject(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_a_thing_described_by_a_linking_verb_does_not_speak_the_fragment() -> None:
    text = 'The Senate compromise is "a tax hike with a bow on it," and nobody in the caucus says otherwise.'
    assert _speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Four senators met the governor. One of them called the talks "a polite standoff."', "one of them"),
        (
            "The board was split, and two of its longest-serving trustees said the cuts were “cruel and "
            "unnecessary.”",
            "two of its longest-serving trustees",
        ),
    ],
)
def test_a_part_of_a_group_opening_its_clause_is_the_speaker(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_an_emphatic_reflexive_after_the_subject_is_skipped() -> None:
    text = 'Speaker Osric Vane himself insists he is "not going anywhere this year."'
    quotes = body(text)
    assert [(q.speaker, q.evidence, q.mention.text if q.mention else None) for q in quotes] == [
        ("Osric Vane", "cue-before", "Speaker Osric Vane")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The compromise was dismissed as "cosmetic" by Sen. Hollis Marbury on Thursday.', "Hollis Marbury"),
        ("The levy has been called “a tax on staying put” by the county assessor.", "the county assessor"),
    ],
)
def test_the_agent_after_a_passive_naming_speaks_the_fragment(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]
