"""Shapes that used to show a wrong speaker or a role instead of the person: clefts, passive agents,
possessive descriptions beside a name (invented names and sentences only)."""

from __future__ import annotations

import pytest

from osceq.extract.pronoun_genders import next_sentence_genders
from tests.quote_helpers import body
from tests.quote_helpers import only_speaker as _speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Rain fell. It was Orvell, not Pask, who said the levy was "a blunder."', "Orvell"),
        ('Rain fell. It was Orvell, and not Pask, who said the levy was "a blunder."', "Orvell"),
        ('Rain fell. It was Nia Orvell who first called the levy "a blunder for the valley."', "Nia Orvell"),
        ('Rain fell. It is Orvell who says the levy is "a blunder."', "Orvell"),
        ('Rain fell. It was not Pask but Orvell who said the levy was "a blunder."', "Orvell"),
        ('Rain fell. It was the warden, not the clerk, who said the levy was "a blunder."', "the warden"),
    ],
)
def test_the_focus_of_a_cleft_speaks_not_the_name_set_against_it(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Not a cleft: the relative clause belongs to the name right before it.
        ('Rain fell. It was Orvell who met Pask, who said the levy was "a blunder."', "Pask"),
        ('Rain fell. Pask, not Orvell, said the levy was "a blunder."', "Pask"),
        ('Rain fell. Not Orvell but Pask said the levy was "a blunder."', "Pask"),
    ],
)
def test_a_relative_or_contrast_outside_a_cleft_keeps_its_own_subject(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Snow came. A surveyor was called "the sharpest eye in the county" by a gazette.', "a gazette"),
        ('Snow came. The levy was described as "a tax on patience" by Senator Pask.', "Pask"),
        ('Snow came. The levy was described as "a tax on patience" by Ivo Pask on Monday.', "Ivo Pask"),
        ('Snow came. The levy was widely derided as "a tax on patience" by farmers.', "farmers"),
        ('Snow came. "A tax on patience," was how the levy was described by the auditor.', "the auditor"),
        ('Snow came. The levy was described by Ivo Pask as "a tax on patience."', "Ivo Pask"),
        ('Snow came. The levy, derided as "a tax on patience" by growers, was cut.', "growers"),
        ('Snow came. It was a levy seen by growers as a "tax on patience."', "growers"),
        ('Snow came. It became known by some growers as the "patience tax."', "some growers"),
        (
            'Snow came. Ivo Pask was described by a former colleague as "a born haggler."',
            "a former colleague",
        ),
    ],
)
def test_the_agent_of_a_passive_summing_up_speaks(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # `by` and a time, a place or a manner is no agent; a name given (`named`) is nobody's speech.
        'Snow came. The levy was described as "a tax on all of our patience" by March.',
        'Snow came. The levy was called "a tax on all of our patience" by a wide margin.',
        'Snow came. The colt was named "pride of the valley and the moon" by its breeder.',
        'Snow came. The levy, seen by many as a "tax on all of our patience," was cut.',
    ],
)
def test_a_by_phrase_that_is_no_agent_gives_no_speaker(text: str) -> None:
    assert _speaker(text) is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Court rose. His aunt, Gloria Banks, said the ruling was "a long time coming."', "Gloria Banks"),
        ('Court rose. "It was a long time coming," said her brother, Nathan Banks.', "Nathan Banks"),
        ('Court rose. The mill\'s founder, Gloria Banks, said it was "a long time coming."', "Gloria Banks"),
        ('Court rose. His aunt, Mrs. Quarrie, said the ruling was "a long time coming."', "Quarrie"),
        (
            'Court rose. Her rival, Treasurer Ivo Quarrie, said the ruling was "a long time coming."',
            "Ivo Quarrie",
        ),
    ],
)
def test_a_name_beside_a_possessive_relation_is_the_speaker(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A firm after a party it names, a description with no possessive, a place for a given name.
        (
            'Court rose. A lawyer for the miller, Westbrook Mills, said it was "a long time coming."',
            "a lawyer",
        ),
        ('Court rose. The bank, Northern Banks, said the ruling was "a long time coming."', "the bank"),
        ('Court rose. His aunt, Virginia Banks, said the ruling was "a long time coming."', "his aunt"),
    ],
)
def test_a_firm_beside_a_description_is_not_taken_for_a_person(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


def test_a_next_sentence_pronoun_tells_nothing_when_another_person_may_be_it() -> None:
    text = 'Robin Ash greeted Kim Sato. She was nervous. Later Ash met Dale Orr at the hall. "We will win," he said.'
    assert _speaker(text) == "Robin Ash"


@pytest.mark.parametrize(
    ("text", "genders"),
    [
        ("Robin Ash greeted Kim Sato. She was nervous.", {}),
        ("Robin Ash greeted Kim Sato and Lee Park. He was nervous.", {}),
        # The other person is a man by his given name, or the pair is a place: the she is Ash.
        ("Robin Ash greeted John Sato. She was nervous.", {"ash": "f"}),
        ("Robin Ash flew to New York. She was nervous.", {"ash": "f"}),
        ("Robin Ash toured the White House. She was nervous.", {"ash": "f"}),
    ],
)
def test_next_sentence_genders_skip_a_sentence_with_a_person_of_either_sex(
    text: str, genders: dict[str, str]
) -> None:
    assert next_sentence_genders(text) == genders


@pytest.mark.parametrize(
    ("text", "answerer"),
    [
        # A lone word the article names nobody by (a surname, a firm, a stray capital): the person
        # asked may answer, so the answer is nobody's rather than the asker's or the word's.
        ('Polls shut. "Will you concede?" Robin Quill asked Brandt. "Never," he said.', None),
        ('Polls shut. "Will you concede?" a reporter asked Brandt. "Never," she said.', None),
        ('Polls shut. "Will you concede?" a reporter asked Grainco. "Never," he said.', None),
        ('Polls shut. "Will you concede?" the clerk asked Voters. "Never," she said.', None),
        # A body or a date after "asked", a time after the name, or a person asked of the other sex:
        # the asker goes on.
        ('Polls shut. "Will you concede?" a reporter asked Congress. "Never," he said.', "a reporter"),
        ('Polls shut. "Will you concede?" a reporter asked Tuesday. "Never," he said.', "a reporter"),
        (
            'Polls shut. "Will you concede?" a reporter asked Brandt on Monday. "Never," he said.',
            "a reporter",
        ),
        ('Polls shut. "Will you concede?" Omar Quill asked Susan Brandt. "Never," he said.', "Omar Quill"),
        ('Polls shut. "Will you concede?" Mark Quill asked Brandt. "Never," he said.', None),
    ],
)
def test_the_answer_after_a_question_put_to_a_surname_is_nobodys(text: str, answerer: str | None) -> None:
    quotes = body(text)
    assert len(quotes) == 2
    assert quotes[1].speaker == answerer
