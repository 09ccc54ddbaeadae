"""Attribution shapes found by the invented articles of other beats (eval/invented-beats: court,
local, business, sports and wire copy): invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


def test_an_abbreviated_naval_rank_is_a_title_before_the_name() -> None:
    text = (
        "The lighthouse reopened on Sunday.\n\n"
        "Lt. Cmdr. Oren Valsted, a retired diver who mapped the reef, said the lamp would stay dark. "
        '"Ships have charts now," he said.'
    )
    assert _speakers(text) == ["Oren Valsted"]


def test_a_person_once_read_as_she_is_no_later_he_under_a_fuller_name() -> None:
    text = (
        "The hall reopened on Friday. Marit Quell, the caretaker, said the roof still leaked.\n\n"
        'Quell said the repairs were late. She said the delay was "a slow disaster for the choir."\n\n'
        'Quell showed reporters the damage on Friday. "It drips straight onto the piano," he said.'
    )
    assert _speakers(text) == ["Marit Quell", None]


def test_a_pronoun_after_an_unnamed_person_who_speaks_is_not_an_earlier_name() -> None:
    text = (
        "Mayor Tobin Ferrell said the road would reopen in May.\n\n"
        "A neighbor who lives by the bend said he heard the crash from his kitchen. "
        '"It sounded like a train hitting a wall," he said.'
    )
    assert _speakers(text) == ["a neighbor"]  # (the unnamed reporter by its description, miss25)


def test_an_unnamed_subject_quoted_itself_stays_the_he_of_the_next_tag() -> None:
    text = (
        "Lorne Abbot, the pilot, landed safely.\n\n"
        'A coast guard spokesman said the flight had been "uneventful until the last mile." '
        'He added that "nobody was hurt."'
    )
    assert _speakers(text) == ["a coast guard spokesman", "a coast guard spokesman"]


def test_a_capitalised_word_before_a_plural_of_agents_names_nobody() -> None:
    text = (
        "The count ended at midnight. Ballot inspectors from the provincial board said the tally had been "
        '"slow but clean."'
    )
    assert _speakers(text) == ["Ballot inspectors"]


def test_a_counted_object_of_a_participle_is_not_the_subject() -> None:
    text = (
        "Talks broke down on Sunday. The guild representing about 2,400 Tarrow County's nurses called "
        'the offer "a pay cut in a party hat."'
    )
    assert _speakers(text) == ["the guild"]


def test_a_first_person_quote_running_on_after_reported_speech_is_direct() -> None:
    text = (
        "Parents packed the hall on Tuesday.\n\n"
        "Nadia Orlov, a mother of three, said her son would be waiting for the bus before sunrise.\n\n"
        "“My boy would be out at that corner at 6:40, in January, with no sidewalk.\n\n"
        "“Nobody on this board would send their own child out like that.”"
    )
    assert [(q.kind, q.speaker) for q in body(text)] == [("direct", "Nadia Orlov"), ("direct", "Nadia Orlov")]


def test_a_hard_wrapped_line_ending_on_a_quote_closed_mid_sentence_runs_on() -> None:
    text = (
        "The panel of auditors from the state treasury said on Friday that the\n"
        "books of the Pellow water board were ''mostly in order''\n"
        "but found ''troubling gaps'' in the records of two pumping stations\n"
        "and asked the board to explain them by the end of the month.\n"
    )
    assert [text[q.start : q.end] for q in body(text)] == ["mostly in order", "troubling gaps"]


def test_a_relative_clause_after_an_opening_phrase_is_skipped_to_the_subject() -> None:
    text = (
        "The river crested at noon.\n\n"
        "At Quarles Bakery, which has stood on Front Street since 1961, baker Ines Quarles mopped the "
        'floor. "The ovens are fine, the flour is soup," she said.'
    )
    assert _speakers(text) == ["Ines Quarles"]


def test_a_second_opening_phrase_after_a_one_word_opener_is_skipped_to_the_subject() -> None:
    text = (
        "Pia Dunmore arrived early. Ona Birkett chaired the morning hearing.\n\n"
        "Later, outside the jury's hearing, Dunmore told the judge the defense expected to rest its case "
        "by Monday. "
        '"We are finished here," she said.'
    )
    assert _speakers(text) == ["Pia Dunmore"]


def test_a_participle_tag_belongs_to_the_clause_after_and_past_abbreviation_dots() -> None:
    text = (
        "Grell objected twice, and U.S. Magistrate Judge Ona Pirtle overruled him, telling the lawyer, "
        "“Move on to your next witness.”"
    )
    assert _speakers(text) == ["Ona Pirtle"]


@pytest.mark.parametrize(
    ("apposed", "shown"),
    [
        ("Maria Okwuosa", "Maria Okwuosa"),  # a given name says it is a person
        ("Quelda Okwuosa", "a spokeswoman"),  # nothing does: the role, rather than a guess
        ("Greenfield Dairy", "a spokeswoman"),  # `a lawyer for the plaintiff, Greenfield Dairy,`
    ],
)
def test_a_name_after_a_described_affiliation_is_the_speaker_only_when_it_reads_as_a_person(
    apposed: str, shown: str
) -> None:
    text = (
        f"The ruling came late on Friday. A spokeswoman for the county prosecutor, {apposed}, said "
        'the office was "weighing every option."'
    )
    assert _speakers(text) == [shown]


def test_coach_before_a_name_is_a_title_not_part_of_the_name() -> None:
    text = 'The Larks lost 4-0 at home. "We were asleep for an hour," Coach Wilma Sandvik said.'
    assert _speakers(text) == ["Wilma Sandvik"]


def test_superintendent_before_a_name_is_a_title_not_part_of_the_name() -> None:
    text = 'Superintendent Oda Pelling told the board the district faced "a lean and hungry year."'
    assert _speakers(text) == ["Oda Pelling"]


def test_a_lower_case_quote_running_on_after_reported_speech_stays_partial() -> None:
    text = 'Ann Roe said the plan was bad.\n\n"the worst idea I have heard in years\n\nTom Rade disagreed.'
    assert [(q.text, q.kind) for q in body(text)] == [("the worst idea I have heard in years", "partial")]


def test_a_first_person_run_on_opening_on_a_digit_is_still_direct() -> None:
    text = (
        'Ann Holt said the vote was close.\n\n"2020 was the worst year I have seen. We lost half the staff.'
    )
    assert [q.kind for q in body(text)] == ["direct"]
