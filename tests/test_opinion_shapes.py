"""Attribution shapes of opinion columns, news analysis and campaign features found by the invented
opinion set (eval/invented-opinion): invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'One county official who has worked with both mayors said the merger would be "a marriage '
            'of two debts."',
            "one county official",
        ),
        (
            'A lobbyist who represents three water districts said the bill was "dead on arrival."',
            "a lobbyist",
        ),
        ('The analyst who wrote the report said it was "a warning, not a verdict."', "the analyst"),
    ],
)
def test_the_object_of_a_relative_clause_without_commas_is_not_the_subject(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        'Her campaign manager, Tess Rourke, called the result "a firewall," while Obi’s spokesman, Marcus '
        'Fell, said in a statement that the race was "tied, and everyone knows it."',
        'The treasurer, Tess Rourke, called the audit "a bookkeeping lag," but his deputy, Marcus Fell, '
        'said it showed "a hole nobody can explain."',
    ],
)
def test_a_later_clause_with_a_description_before_its_named_subject_takes_over(text: str) -> None:
    assert _speakers(text) == ["Tess Rourke", "Marcus Fell"]


def test_a_run_of_untagged_quote_paragraphs_keeps_the_speaker_of_its_tag() -> None:
    text = (
        'The hall was full by seven.\n\n"I taught school in this valley for thirty years," Odile Varga told '
        'the crowd.\n\n"I know which bridges ice over first and which clinics close at noon."\n\n'
        '"Send me to the capital and I will drive home every Friday to hear about it."'
    )
    assert _speakers(text) == ["Odile Varga", "Odile Varga", "Odile Varga"]


def test_a_run_does_not_go_on_into_a_quote_naming_its_speaker() -> None:
    text = (
        'The hall was full by seven.\n\n"I taught school in this valley for thirty years," Odile Varga told '
        'the crowd.\n\n"I know which bridges ice over first and which clinics close at noon."\n\n'
        '"What Varga never says is who pays for the bridges she wants to salt every winter."'
    )
    assert _speakers(text) == ["Odile Varga", "Odile Varga", None]


@pytest.mark.parametrize(
    "text",
    [
        'Sheriff Alma Drury has spent the past month telling anyone who will listen that theft is "out of '
        'hand."',
        'Alma Drury spent most of the winter arguing that the depot was "a museum with a payroll."',
    ],
)
def test_a_stretch_of_time_before_a_participle_is_not_its_subject(text: str) -> None:
    assert _speakers(text) == ["Alma Drury"]


def test_a_new_sentence_whose_verb_takes_an_object_is_no_tag() -> None:
    text = 'At the hearing Nora Vell called the plan "the most timid in the county." It added ninety beds.'
    assert _speakers(text) == ["Nora Vell"]


def test_an_absolute_clause_of_with_ends_at_its_comma() -> None:
    text = (
        'Mayor Ines Corra called the levy "the best day of my term." Three years later, with a challenger '
        'gaining ground in the hill towns, she is describing it as "a down payment on a promise."'
    )
    assert _speakers(text) == ["Ines Corra", "Ines Corra"]


def test_a_thing_named_before_a_name_after_the_quote_is_no_tag() -> None:
    text = 'Her rival, Pia Lund, has called him "a tourist with a map," a line Ivo Brandt now repeats at rallies.'
    assert _speakers(text) == ["Pia Lund"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            'The mayor has praised the levy as "a lifeline for the depots," and his party, which is already '
            'raising money off it, has called its critics "friends of the potholes."',
            ["the mayor", "his party"],
        ),
        (
            'Ada Brill of the Tenants Council, which represents 4,000 renters, said the rule was "a gift to '
            'landlords."',
            ["Ada Brill"],
        ),
    ],
)
def test_a_which_clause_after_a_bare_subject_is_an_aside(text: str, speakers: list[str]) -> None:
    assert _speakers(text) == speakers


def test_an_aside_of_time_with_a_participle_does_not_hide_the_subject() -> None:
    text = (
        "The break came when a county inspector, after touring the plant, told the board that the filters "
        'were "older than the pumps."'
    )
    assert _speakers(text) == ["a county inspector"]


def test_a_transcript_label_is_not_the_subject_of_its_line() -> None:
    text = (
        'Q: Your rival is running an ad saying you "never saw a fee you would not raise." Is that fair?\n\n'
        "VELL: No. I voted against the parking fee twice."
    )
    assert _speakers(text) == [None]


def test_people_of_a_name_in_ers_speak_not_the_name() -> None:
    text = 'Mayor Ilse Brann spoke first.\n\nBrann\'s defenders say the vote was "a fair fight, fairly lost."'
    assert _speakers(text) == ["Brann's defenders"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Noor Abadi read the memo twice. Abadi's reply, when I read her the passage, was one line: \"Memos "
            'do not vote."',
            "Noor Abadi",
        ),
        (
            'The council killed the plan. The mayor’s own explanation, offered at a briefing, was short: "We '
            'ran out of road."',
            "the mayor",
        ),
    ],
)
def test_the_owner_of_an_answer_before_a_colon_speaks(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_a_pronoun_read_as_a_person_the_quote_names_by_given_name_is_left_unread() -> None:
    text = (
        "Greta Holm and Vera Lind run the group together. Holm wants to sue; Lind wants to run for the "
        'board.\n\n"Greta thinks a judge will save us. I think the voters might," she said.'
    )
    assert [quote.speaker for quote in body(text)] == [None]


def test_a_relative_of_the_pronouns_gender_between_name_and_pronoun_keeps_the_name_off() -> None:
    text = (
        "Dorian Vasko took the floor first. His grandmother voted no at every church meeting for forty "
        'years. She used to say, "If they want a yes, let them earn it."'
    )
    assert _speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Ilse Marr points to an audit released in June which found that the fund had "lost track of '
            '$9 million in grants."',
            "an audit",
        ),
        (
            'By noon the post was gone, replaced by a statement from her office that said the mayor "regrets '
            'the tone but not the point."',
            "a statement from her office",
        ),
    ],
)
def test_a_writing_before_a_relative_with_no_comma_reports_the_words(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_a_short_condition_between_commas_does_not_hide_the_subject() -> None:
    text = (
        'I voted no at the time, and the county board, if I remember right, called my vote "short-sighted '
        'and parochial."'
    )
    assert _speakers(text) == ["the county board"]


def test_the_holder_of_a_role_owns_a_claim_before_a_quote() -> None:
    text = (
        "Sheriff Ola Brandt wants forty deputies. The sheriff's claim that burglaries have \"doubled since "
        '2019" appears in every one of his radio ads.'
    )
    # (shown as the one sheriff the article names: see test_office_holders.py)
    assert _speakers(text) == ["Ola Brandt"]


def test_the_next_sentences_pronoun_tells_an_unknown_given_names_gender() -> None:
    text = (
        "Sarai Quenneville, a two-term council member, is running for mayor against Mayor Ivo Brandt. She "
        'spoke with us on Monday.\n\nAt the debate he called the plan "the most ambitious in the state."'
    )
    assert _speakers(text) == [None]  # not Sarai Quenneville, a she
