"""Mends of a review of the extraction rules: each test pins one general rule on invented newsroom
sentences."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in body(text)]


@pytest.mark.parametrize(
    "text",
    [
        'Dana Welk was described by the end of the session as "a spent force."',
        'Dana Welk was accused by a narrow margin of "stalling the audit."',
        'Dana Welk was blamed by Nevada for "the collapse of the pact."',
    ],
)
def test_a_time_a_measure_or_a_place_after_by_is_no_agent_of_a_passive_charge(text: str) -> None:
    assert _speakers(text) == []


def test_an_apposition_naming_a_person_makes_the_agent_of_a_passive_charge() -> None:
    text = 'Dana Welk was accused by her rival, Councilwoman Ines Harrow, of "stalling the audit."'
    assert _speakers(text) == ["Ines Harrow"]


def test_a_clause_hanging_on_the_main_one_leaves_a_colon_quote_to_the_main_subject() -> None:
    assert _speakers('Pia Sand waited until Omar Kell left the hall: "The ledger is clean."') == ["Pia Sand"]


_LONG = "The ledger is clean, and every figure in it was checked twice by the county's own staff."


@pytest.mark.parametrize(
    "text",
    [
        f'Pia Sand faced the bench, but Omar Kell stayed silent: "{_LONG}"',
        f'Pia Sand stood up, while Omar Kell sat down: "{_LONG}"',
        f'Pia Sand spoke first, but Omar Kell had the last word: "{_LONG}"',
    ],
)
def test_a_later_clause_of_its_own_without_a_verb_of_speaking_leaves_a_colon_quote_to_nobody(
    text: str,
) -> None:
    # Either subject may say the words: Kell had the last word, but Kell stayed silent.
    assert _speakers(text) == [None]


@pytest.mark.parametrize("verb", ["interjected", "broke in", "shot back"])
def test_a_later_clause_of_cutting_in_takes_the_colon_quote(verb: str) -> None:
    text = f'"The fund is empty —" Pia Sand began, before Omar Kell {verb}: "The ledger is clean."'
    assert _speakers(text) == ["Pia Sand", "Omar Kell"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"A slow-motion wreck" is how Dana Welk was described by her critics.', "her critics"),
        ('"A slow-motion wreck" was how the budget was described by Omar Kell.', "Omar Kell"),
        ('"A slow-motion wreck" is how Omar Kell described the budget.', "Omar Kell"),
    ],
)
def test_a_fragment_before_is_how_is_partial_in_the_passive_as_in_the_active(text: str, speaker: str) -> None:
    assert [(q.kind, q.speaker) for q in body(text)] == [("partial", speaker)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            'Welk said his sister had once called the levy "a swindle," and he agreed it was "a farce."',
            ["his sister", "Welk"],
        ),
        # The owner's "his" makes the reporter a man: a later "she" is not his.
        (
            'Welk said his sister had once called the levy "a swindle," and she agreed it was "a farce."',
            ["his sister", None],
        ),
    ],
)
def test_the_reporter_of_a_relatives_words_stays_the_he_after_them(
    text: str, speakers: list[str | None]
) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("opening", "role"),
    [
        ("Ruritania's Mines and Transport Minister Oren Malaba", "Mines and Transport Minister"),
        # A known person's surname before the "and" ends that person's name, not a field of the office.
        ("Tomas Keel and Finance Minister Oren Malaba", "Finance Minister"),
    ],
)
def test_an_office_joining_two_fields_is_the_role_of_the_later_mentions(opening: str, role: str) -> None:
    text = f'{opening} toured the docks on Monday. "The cranes stay," Malaba said.'
    assert [(q.speaker, q.role) for q in body(text)] == [("Oren Malaba", role)]


@pytest.mark.parametrize(
    ("tag", "speaker"),
    [
        ("the chair of the Orchard Guild, OG, said", "the chair of the Orchard Guild"),
        ("Ines Harrow, the chair of the Orchard Guild, OG, said", "Ines Harrow"),
        ("the chair of the Orchard Guild, Ines Harrow, said", "Ines Harrow"),
    ],
)
def test_a_tag_with_commas_of_its_own_closing_the_sentence_names_the_fragments_speaker(
    tag: str, speaker: str
) -> None:
    text = f'Pear yields will "drop by a third" next season, {tag}.'
    assert _speakers(text) == [speaker]


def test_a_long_tag_of_two_office_holders_closing_the_sentence_names_both() -> None:
    # Two people named by two roles: never the first alone as if one person said it (left19).
    text = 'Pear yields will "drop by a third" next season, the chair of the Orchard Guild and the head of the Cider Board said.'
    assert _speakers(text) == ["the chair of the Orchard Guild and the head of the Cider Board"]
