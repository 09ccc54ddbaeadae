"""Shapes left from the last release's reading of unseen newswire, each written afresh."""

from __future__ import annotations

import pytest

from osceq.extract.names import parse_mention
from tests.quote_helpers import body


def speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


_OPENED = "Trade Minister Odo Lenz said he won no promises.\n{}\nBut he admitted he had won nothing.\n"
_QUOTE = '"There is a lot more attention," he told reporters.'


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Following a round of visits to Deputy Premier Ann Bosk, Harbour Secretary Tomas Wello and "
            "Farm Secretary Ed Marr, Lenz told a press conference the fishing quota would likely rise "
            "next spring.",
            "Odo Lenz",
        ),
        ("After talks with Ann Bosk, Tomas Wello and Ed Marr, Lenz told a press conference so.", "Odo Lenz"),
        ("After talks with Ann Bosk and Ed Marr, Lenz told a press conference so.", "Odo Lenz"),
        # no list after the phrase: the subject as before
        ("After talks in Vessa, Lenz told a press conference so.", "Odo Lenz"),
    ],
)
def test_a_list_of_names_closing_an_opening_phrase_is_not_the_subject(sentence: str, speaker: str) -> None:
    assert speakers(_OPENED.format(sentence) + _QUOTE) == [speaker]


def test_the_last_listed_name_of_an_opening_phrase_is_not_the_he() -> None:
    text = "After talks with Ann Bosk, Tomas Wello and Ed Marr, Lenz told a press conference so.\n" + _QUOTE
    assert speakers(text) == [None]


def test_a_list_without_a_subject_after_it_names_no_new_person() -> None:
    text = (
        "Trade Minister Odo Lenz said he won no promises.\n"
        "After talks in Vessa, Tomas Wello and Ed Marr, the two envoys, left.\n" + _QUOTE
    )
    assert speakers(text) != ["Tomas Wello"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Tarn and Vell Pty Ltd said sales rose. "Costs fell," Tarn and Vell said.\n'
            'It said "margins were thin" this year.',
            "Tarn and Vell",
        ),
        ('Tarn and Tarn said sales rose.\nIt said "margins were thin" this year.', "Tarn and Tarn"),
        # two people, or a pair never written as a firm: no "it"
        (
            'Ann Tarn and Bo Vell said sales rose. Tarn and Vell said costs fell.\nIt said "margins were thin".',
            None,
        ),
        (
            'Tarnco said costs fell. Tarn and Vell said sales rose.\nIt said "margins were thin" this year.',
            None,
        ),
    ],
)
def test_a_firm_named_by_two_joined_names_is_the_it_whole(text: str, speaker: str | None) -> None:
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    ("mention", "name", "role"),
    [
        ("Tarnco Securities' top analyst Ivo Marsh", "Ivo Marsh", "Tarnco Securities' top analyst"),
        ("Tarnco Securities’ chief economist Ivo Marsh", "Ivo Marsh", "Tarnco Securities’ chief economist"),
        ("the Reno Lions' coach", "the Reno Lions' coach", None),
        ("Kestrel Systems' Ann Lee", "Ann Lee", None),  # as before
    ],
)
def test_a_plural_possessive_before_a_lower_case_word_is_written_as_in_the_text(
    mention: str, name: str, role: str | None
) -> None:
    found = parse_mention(mention)
    assert (found.name, found.role) == (name, role)


def test_a_quoted_name_s_closing_mark_is_no_possessive() -> None:
    assert parse_mention("the 'Reno Lions' coach Ivo Marsh").role != "the 'Reno Lions' coach"


@pytest.mark.parametrize(
    "text",
    [
        'The report details steps the council will take to go on with its "war on waste."',
        'The price freeze applies to 120 foods declared to be "of primary necessity."',
        'The plan lists ways to fight what Tarn calls "the grey market."',
    ],
)
def test_a_thing_running_into_a_present_verb_is_no_speaker(text: str) -> None:
    assert [s for s in speakers(text) if s and s.startswith("the ")] == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The report urges the council to go on with its "war on waste."', "the report"),
        ('The report says the council should go on with its "war on waste."', "the report"),
        ('The tax cuts are "long overdue," the mayor said.', "the mayor"),
    ],
)
def test_a_thing_with_a_verb_of_speech_still_speaks(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


_WRITTEN_IN = (
    "Sales fell sharply in May, {}.\n"
    'In a commentary under the title "Quays fall quiet," it predicted that rents would drop.\n'
    "It gave no details.\n"
    '"Brokers expect a weak summer," it said.'
)


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        ("the Tarn daily Kovrast said", "Kovrast"),
        ("the Tarn Harbour Board said", "Tarn Harbour Board"),
        # no outlet before: the article is not made the speaker
        ("traders said", None),
    ],
)
def test_the_writing_an_it_wrote_in_is_not_the_it(source: str, speaker: str | None) -> None:
    assert speakers(_WRITTEN_IN.format(source))[-1] == speaker


def test_an_it_after_a_writing_the_subject_names_is_that_subject_s() -> None:
    text = 'In a report issued on Monday, the Tarn Harbour Board said it expected losses.\n"Trade is slow," it said.'
    assert speakers(text)[-1] == "Tarn Harbour Board"


@pytest.mark.parametrize(
    ("tag", "speaker"),
    [
        ("the Tarn daily Kovrast said", "Kovrast"),
        ("the weekly Harbour Voice said", "Harbour Voice"),
        # a person's name after no word for a paper: no "it"
        ("Ivo al-Marsh said", None),
    ],
)
def test_a_paper_named_after_its_kind_is_the_it(tag: str, speaker: str | None) -> None:
    text = f'Trade fell in May, {tag}.\n"Brokers expect a weak summer," it said.'
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"We will not sign," a spokesman said, but the minister told reporters that talks go on. '
            '"It is over for now," he said.',
            None,
        ),
        ('"We will not sign," a spokesman said; the envoy told reporters so. "It is over," he said.', None),
        # a she blocks no he; a body is no he; one person in apposition blocks nobody
        (
            '"We will not sign," a spokesman said, but the spokeswoman told reporters so. "It is over," he said.',
            "a spokesman",
        ),
        (
            '"We will not sign," a spokesman said, but the union told reporters so. "It is over," he said.',
            "a spokesman",
        ),
        (
            'Ivo Marsh, the bank\'s senior economist also said he was calm. "It is over," he said.',
            "Ivo Marsh",
        ),
    ],
)
def test_a_later_described_speaker_in_a_joined_clause_blocks_the_earlier_he(
    text: str, speaker: str | None
) -> None:
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    ("tag", "speaker"),
    [
        ("the weekly Harbour Voice reported", "Harbour Voice"),
        ("the Tarn Harbour Board reported", "Tarn Harbour Board"),
    ],
)
def test_a_closing_reported_tag_names_the_it_not_the_sentence_subject(tag: str, speaker: str) -> None:
    text = f'Trade fell in May, {tag}.\n"Brokers expect a weak summer," it said.'
    assert speakers(text)[-1] == speaker
