"""Cases a review of the word-user, caller, dateline, it/they and one-person-role rules found to show
a wrong speaker, a wrong name or no quote (invented names and sentences only)."""

from __future__ import annotations

import pytest

from osceq.extract.held_offices import others_in_role
from osceq.extract.role_of_firm import and_in_firm_after_role, second_role_after_and
from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in body(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Frost came. Ann Lee called a meeting, at which Tom Reed termed the plan "a farce," Ivo Marsh said.',
            "Ivo Marsh",
        ),
        (
            'Frost came. Ann Lee called Tom Reed, who described the plan as "a farce," Ivo Marsh said.',
            "Ivo Marsh",
        ),
        ('Frost came. Lee called Reed a liar after Reed described the plan as "a farce," Reed said.', "Reed"),
        ('Frost came. Ann Lee called the plan "a farce," Ivo Marsh said.', "Ann Lee"),
    ],
)
def test_the_opening_caller_speaks_only_when_no_other_clause_comes_between(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "LONDON, March 3 - Ivory Coast, exporter of half the world's cocoa, said it would hold stocks.\n\n"
            '"The crop is poor," he said.',
            None,
        ),
        (
            'HOUSTON, March 3 - Tarnwell Pipeline, the operator of the line, said it was shut.\n\n"It is closed," he said.',
            None,
        ),
        (
            "HOUSTON, March 3 - The operator of the pipeline, Tarnwell Pipeline, said it was shut.\n\n"
            '"It is closed," he said.',
            None,
        ),
        (
            "TOKYO, March 3 - Nippon Tarn, owner of the Osaka plant, said output fell. It said demand was weak.\n\n"
            '"We expect a recovery," he said.',
            None,
        ),
        (
            'ZURICH, March 3 - Kestrel Tarn, shareholder in the fund, said it sold its stake.\n\n"We sold," he said.',
            None,
        ),
        (
            'ZURICH, March 3 - Ivo Marsh, chairman of the fund, said it sold its stake.\n\n"We sold," he said.',
            "Ivo Marsh",
        ),
        (
            'ZURICH, March 3 - Ivo Marsh, an analyst at the fund, said it sold its stake.\n\n"We sold," he said.',
            "Ivo Marsh",
        ),
    ],
)
def test_a_role_a_firm_can_hold_does_not_make_the_dateline_subject_a_person(
    text: str, speaker: str | None
) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Frost came. Shares of Jordan Baker Co rose. Jordan Baker said she would sell her stake.\n\n"
            '"The price is right," it said.',
            None,
        ),
        (
            "Frost came. Shares of Dana Whitfield Co rose. Dana Whitfield said she would sell her stake.\n\n"
            '"The price is right," it said.',
            None,
        ),
        (
            "Frost came. Shares of Ohio Tarnco Co rose. Ohio Tarnco said it would sell its stake.\n\n"
            '"The price is right," it said.',
            "Ohio Tarnco",
        ),
    ],
)
def test_it_is_no_firm_named_like_a_person_who_is_called_she(text: str, speaker: str | None) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Frost came. The two senators watched as the protesters marched past the Capitol.\n\n"
            '"We will not give up," they said.',
            [None],
        ),
        (
            'Frost came. Officials said the two pilots were safe.\n\n"We are fine," they told reporters.',
            [None],
        ),
        (
            "Frost came. The ministers rejected the demands of the farmers.\n\n"
            '"We have nothing left," they said. "We are done," they said.',
            [None, None],
        ),
        ('Frost came. Bank sources said rates would fall.\n\n"We see a cut," they said.', ["Bank sources"]),
    ],
)
def test_they_is_nobody_when_its_sentence_names_a_second_group(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ('Frost came. The tax is "theft," a word Ann Lee said Tom Reed used.', ["Tom Reed"]),
        ('Frost came. The plan is "a tax grab," a label Ann Lee said was unfair.', []),
        ('Frost came. The levy is "a farce," a word that Ann Lee used twice.', ["Ann Lee"]),
        ('Frost came. The levy is "a farce," a word that the auditor used twice.', ["the auditor"]),
        ('Frost came. The levy is "a farce," a word Ann Lee said twice.', ["Ann Lee"]),
    ],
)
def test_the_user_of_wording_is_the_one_who_used_it(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Frost came. Ilse Varn, the witness, took the stand. Then the prosecution called its last witness, "
            'a bus driver. "I saw the van," the witness said.',
            "the witness",
        ),
        (
            "Frost came. Ilse Varn, the reporter who broke the story, sat in the front row. Later the mayor was "
            'asked by one of the journalists about the fire. "Was it arson?" the reporter said.',
            "the reporter",
        ),
        (
            'Frost came. Ilse Varn, the witness, took the stand. The jury listened. "I saw the van," the witness said.',
            "Ilse Varn",
        ),
    ],
)
def test_a_one_person_role_is_its_holder_only_when_no_other_may_hold_it(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_other_holders_of_a_role_are_looked_for_within_a_fixed_reach() -> None:
    # Bounded so that each quote of a long story does not read the story again from its start.
    text = "A second witness spoke. " + "The jury sat. " * 400 + '"I saw it," the witness said.'
    assert others_in_role(text, len(text) - 30, "witness") is False
    assert others_in_role(text, 100, "witness") is True


def test_a_person_by_title_after_and_is_a_second_speaker_not_part_of_the_firm() -> None:
    words = ["the", "treasurer", "of", "Pask", "and", "Mayor", "Ann", "Lee"]
    assert (and_in_firm_after_role(words, 4), second_role_after_and(words, 4)) == (False, True)
    words = ["the", "treasurer", "of", "Pask", "and", "Sons"]
    assert (and_in_firm_after_role(words, 4), second_role_after_and(words, 4)) == (True, False)


def test_a_second_role_with_no_firm_joins_the_first() -> None:
    text = 'Hail came. "We will rebuild," said the treasurer of Pask and the mayor.'
    assert _speakers(text) == ["the treasurer of Pask and the mayor"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Frost came. Supporters waved signs reading "Ann Lee for Mayor" at the rally.\n\n"We will win," Lee said.',
            "Ann Lee",
        ),
        (
            'Frost came. Supporters waved signs reading "Vote Ivo Pask" at the rally.\n\n"We will win," Pask said.',
            "Ivo Pask",
        ),
    ],
)
def test_a_sign_text_keeps_a_given_name_that_opens_it(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_they_reaches_back_over_several_paragraphs_as_it_does() -> None:
    text = (
        "Frost came. Bank sources said rates would fall.\n\n"
        '"We see a cut," they said.\n\n"It will come soon," they said.\n\n"We are sure of it," they added.'
    )
    assert _speakers(text) == ["Bank sources", "Bank sources", "Bank sources"]


@pytest.mark.parametrize(
    "text",
    [
        'Frost came. Police put up signs, Ann Lee said "Tom Reed is the man to blame".',
        'Frost came. Police put up barriers, Ann Lee said "Tom Reed is the man to blame."',
    ],
)
def test_put_with_a_particle_is_no_verb_of_speech(text: str) -> None:
    assert _speakers(text) == ["Ann Lee"]


@pytest.mark.parametrize(
    "text",
    [
        'Frost came. Based in Tarn, the group, which Ann Lee founded, said "we will grow."',
        'Frost came. Founded in 1950 by Tom Reed, the group, which Ann Lee now runs, said "we will grow."',
    ],
)
def test_an_opening_participle_phrase_is_no_subject(text: str) -> None:
    assert _speakers(text) == ["the group"]
