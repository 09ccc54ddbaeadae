"""Shapes of news in which people talk to each other: hearings, debates, briefings, interviews."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


def test_the_answer_to_a_question_asked_in_the_writers_words_is_the_person_asked() -> None:
    text = (
        "Tomas Arleth chaired the hearing.\n\n"
        "Arleth asked Bram Oyelaran whether the depot would close by the spring.\n\n"
        '"Not this year," he said.'
    )
    assert speakers(text) == ["Bram Oyelaran"]


def test_the_asked_question_may_follow_in_the_askers_words_before_the_answer() -> None:
    text = (
        "Tomas Arleth chaired the hearing.\n\n"
        'Arleth asked Bram Oyelaran whether the depot would close. "Will it close?"\n\n'
        '"Not this year," he said.'
    )
    assert speakers(text) == ["Tomas Arleth", "Bram Oyelaran"]


def test_the_asker_of_a_him_of_the_answers_sex_is_passed_over() -> None:
    text = (
        "Bram Oyelaran spoke first.\n\n"
        "Tomas Arleth then asked him whether the depot would close.\n\n"
        '"Not this year," he said.'
    )
    assert speakers(text) == ["Bram Oyelaran"]


def test_an_answer_to_a_him_no_earlier_subject_can_be_is_left_unread() -> None:
    text = (
        "Tomas Arleth thanked Bram Oyelaran for coming.\n\n"
        "Arleth then asked him whether the depot would close.\n\n"
        '"Not this year," he said.'
    )
    assert speakers(text) == [None]


def test_a_question_inside_a_clause_of_someone_elses_account_names_no_answerer() -> None:
    text = (
        "Vera Holm sat in the front row.\n\n"
        "What upset Holm most, she said, was the debate, when a student asked Ilse Marr why she ran.\n\n"
        '"I was furious," she said.'
    )
    assert speakers(text) == ["Vera Holm"]


def test_a_request_is_no_question_and_later_sentences_end_its_reach() -> None:
    text = (
        "Tomas Arleth chaired the hearing.\n\n"
        "Arleth asked Bram Oyelaran to stay. Oyelaran left. Arleth frowned.\n\n"
        '"Not this year," he said.'
    )
    assert speakers(text) == ["Tomas Arleth"]


def test_a_titles_full_stop_ends_no_sentence_when_a_next_he_tells_a_sex() -> None:
    text = (
        "Marek Dunn named as his running mate state Rep. Oriel Vantreck, a former bank examiner. "
        "He praised her record.\n\n"
        'Vantreck then spoke. "I am ready for this," she said.'
    )
    assert speakers(text) == ["Oriel Vantreck"]


def test_words_recalled_from_someone_else_are_that_persons() -> None:
    text = 'Dana Whitcombe recalled that Rolf Adeyemi once called the plan "a blank check with a ribbon."'
    assert speakers(text) == ["Rolf Adeyemi"]


def test_words_someone_had_said_before_are_theirs_not_the_reporters() -> None:
    text = 'Dana Whitcombe noted that Rolf Adeyemi had said in March that "the audit comes first, always."'
    assert speakers(text) == ["Rolf Adeyemi"]


def test_a_she_who_once_named_it_is_not_the_he_who_recalls_it() -> None:
    text = (
        "Ada Lindgren voted no on the dam.\n\n"
        'Ezra Cole spoke next. He recalled that she once called the fight "a test of the whole valley."'
    )
    assert speakers(text) == ["Ada Lindgren"]


@pytest.mark.parametrize(
    "sentence",
    [
        'Dana Whitcombe said Rolf Adeyemi said that "the audit comes first, always."',  # her report
        'Dana Whitcombe went after Rolf Adeyemi, calling him "a stall artist in a good suit."',
        'Dana Whitcombe said Rolf Adeyemi urged the caucus to stay "of one mind till the vote."',
    ],
)
def test_a_report_of_a_present_saying_or_a_participle_keeps_the_reporter(sentence: str) -> None:
    assert speakers(sentence) == ["Dana Whitcombe"]


def test_the_verbs_of_an_asked_opening_are_the_questions_and_its_subject_answers() -> None:
    text = (
        "Oriel Vantreck took questions for an hour.\n\n"
        'Asked what the governor would tell the union, she smiled. "That is between the two of them."'
    )
    assert speakers(text) == ["Oriel Vantreck"]


def test_a_named_subject_after_an_asked_opening_answers() -> None:
    text = 'Asked what voters had told her, Oriel Vantreck paused. "They want the roads fixed first."'
    assert speakers(text) == ["Oriel Vantreck"]


def test_the_words_on_a_sign_or_a_label_are_no_quotation() -> None:
    text = (
        "Outside the hall, members of the Tarrow Valley Growers Union held signs reading "
        '"Water Before Warehouses."\n\n'
        'The crates were labeled in red paint: "Seed Stock, 1998," "Tools" and "Keep Dry."'
    )
    assert speakers(text) == []


def test_a_quotation_after_a_signs_closed_words_is_still_speech() -> None:
    text = (
        'Ivo Brandt held up a banner that read "Let Us Vote." "We are not going home," he told the '
        "board. Nobody answered him."
    )
    assert speakers(text) == ["Ivo Brandt"]


def test_a_measures_name_and_a_programs_title_are_no_quotation() -> None:
    text = (
        'Ivo Brandt said the plan, which its authors call the "Fair Harbor" bill, "shifts the cost to '
        'the small ports."\n\nIn an interview with the radio program "Harbor Morning," Brandt said he '
        "would vote no."
    )
    assert [(q.speaker, q.text) for q in body(text)] == [
        ("Ivo Brandt", "shifts the cost to the small ports.")
    ]


@pytest.mark.parametrize("turn", ["before", "but"])
def test_the_words_after_someone_cuts_in_are_theirs(turn: str) -> None:
    text = (
        f'"So the grant money is gone —" Tomas Arleth began, {turn} Bram Oyelaran cut in: '
        '"The money is exactly where it always was."'
    )
    assert speakers(text) == ["Tomas Arleth", "Bram Oyelaran"]


def test_words_a_relative_once_used_are_the_relatives() -> None:
    text = 'Her husband, Ivo, recalled that his wife once called the chamber "a very slow marching band."'
    assert [(q.speaker, q.mention.text if q.mention else None) for q in body(text)] == [
        ("his wife", "his wife")
    ]


def test_the_asker_of_a_quoted_question_to_him_does_not_answer_it() -> None:
    text = (
        'Bram Oyelaran stood up. "That plan fails the harbor," Oyelaran said.\n\n'
        '"Have you even read it?" Tomas Arleth asked him.\n\n'
        '"Twice," he said.'
    )
    assert speakers(text)[-1] == "Bram Oyelaran"


def test_a_long_titled_asker_of_a_him_is_passed_over_by_name() -> None:
    text = (
        "Bram Oyelaran spoke first.\n\n"
        "Rep. Tomas Arleth, the chairman of the Harbor and Canals Committee of the state House, thanked "
        "the witness and then asked him whether the locks would open.\n\n"
        '"Not this year," he said.'
    )
    assert speakers(text) == ["Bram Oyelaran"]


def test_a_sentence_opening_on_told_of_has_its_subject_after_the_comma() -> None:
    text = (
        "Adelaide Holm met Beverly Marr in 2016.\n\n"
        '"She handed me a tissue at the funeral," Marr said.\n\n'
        'Told of the remark, Holm smiled. "Bev is right about some things," she said.'
    )
    assert speakers(text) == ["Beverly Marr", "Adelaide Holm"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Asker and asked of one sex, an answer speaking of a she and not for its speaker: either
        # woman may speak, so the she is left unread.
        (
            'Greta Vollan closed the hearing by asking Ines Markov whether she would step down. "She '
            'would not say," she said.',
            [None],
        ),
        (
            'Greta Vollan asked Ines Markov whether she would step down. "Her answer was no," she said.',
            [None],
        ),
        ('The chairwoman asked Ines Markov about the fund. "She dodged it," she said.', [None]),
        # Not changed: an answer speaking for its speaker, or askers of the other sex.
        (
            'Greta Vollan asked Ines Markov whether she would step down. "I have no plans to," she said.',
            ["Ines Markov"],
        ),
        (
            'Greta Vollan closed by asking Ines Markov whether she would step down. "Not before May," '
            "she said.",
            ["Ines Markov"],
        ),
        (
            'Paul Vollan asked Ines Markov whether she would step down. "She who hesitates is lost," '
            "she said.",
            ["Ines Markov"],
        ),
    ],
)
def test_an_answer_of_the_askers_sex_speaking_of_a_she_is_left_unread(
    text: str, expected: list[str | None]
) -> None:
    assert speakers(text) == expected
