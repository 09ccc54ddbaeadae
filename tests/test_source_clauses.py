"""Clauses that name a quotation's source without a plain `X said`: an "as"-clause (`…," as Lee
put it`) and `in Lee's words` / `in the words of Lee`."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speaker_and_mention(text: str) -> tuple[str | None, str | None]:
    (quote,) = body(text)
    mention = text[quote.mention.start : quote.mention.end] if quote.mention else None
    return quote.speaker, mention


@pytest.mark.parametrize(
    "text",
    [
        'Odd Varner toured the site. The vote "is too close to call today," as Varner said on the radio.',
        'Odd Varner toured the site. "We are going home now and that is final," as Varner told reporters.',
        'Odd Varner toured the site. The vote "is too close to call," as Varner put it.',
        'Odd Varner toured the site. The vote "is too close to call for now," as Varner wrote last week.',
        'Odd Varner toured the site. The vote "is too close to call for now," as Varner said Monday.',
    ],
)
def test_an_as_clause_after_a_quote_names_its_speaker(text: str) -> None:
    assert _speaker_and_mention(text) == ("Odd Varner", "Varner")


def test_an_as_clause_of_time_is_no_tag() -> None:
    # the verb goes on with a clause of its own
    text = '"Back here next year, stronger than ever," as Odd Varner promised to rebuild the town.'
    assert _speaker_and_mention(text) == (None, None)


def test_an_as_clause_of_cause_is_no_tag() -> None:
    # the verb has an object; the tag after the clause names the speaker
    text = '"The markets will not like this at all," as it suggests the possibility of a deficit, said Kai Brunn.'
    assert _speaker_and_mention(text) == ("Kai Brunn", "Kai Brunn")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ('Mira Solberg spoke. In Solberg\'s words, "they are the most inventive places."', "Solberg"),
        ('Ivo Pekkala spoke. In Pekkala\' words, "they are the most inventive places."', "Pekkala"),
        ('In the words of Mira Solberg, the plan is "a slow-motion disaster."', "Mira Solberg"),
        ('The plan is "a slow-motion disaster for us," in the words of Mira Solberg.', "Mira Solberg"),
    ],
)
def test_in_the_words_of_a_source(text: str, mention: str) -> None:
    speaker, found = _speaker_and_mention(text)
    assert found == mention
    assert speaker is not None and speaker.endswith(mention.split()[-1])


def test_in_his_words_resolves_the_pronoun_by_gender() -> None:
    text = 'Tomas Brenn spoke at length. In his words, "they are the most inventive places."'
    assert _speaker_and_mention(text) == ("Tomas Brenn", "his")


@pytest.mark.parametrize("mark", [":", ","])
def test_as_the_report_notes_before_a_quote(mark: str) -> None:
    text = (
        f'The plan grew out of that meeting, as the website notes{mark} "In the fall, the board met again."'
    )
    assert _speaker_and_mention(text) == ("the website", "the website")


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("From Varner's Facebook post:", "Odd Varner"),
        ("From the report:", "the report"),
    ],
)
def test_a_sentence_opening_on_from_and_a_source_labels_the_quote(opening: str, speaker: str) -> None:
    # The sentence before quotes someone else: the label, not the last speaker, says who this is.
    text = (
        'Odd Varner withdrew from the race. Friends say he will "campaign hard" for Ivo Marsh. '
        f'{opening} "The club needs one candidate now, and I am glad to stand aside for him."'
    )
    quote = body(text)[-1]
    assert (quote.speaker, quote.evidence) == (speaker, "label")


def test_from_a_bare_word_is_no_source() -> None:
    (quote,) = body('From left: "The club needs one candidate now, and I am glad to stand aside for him."')
    assert quote.speaker is None
