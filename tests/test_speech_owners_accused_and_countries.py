"""Owners of nouns of speech, the accused of `accused X of calling`, titles before a quote and
countries set off after a place: who said the words, and never the wrong person. Invented strings."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


_OWNED = 'Tom Reed repeated the {}\'s promise that "taxes will not rise."'


@pytest.mark.parametrize(
    "owner",
    [
        "election",
        "summit",
        "festival",
        "war",
        "crisis",
        "meeting",
        "ordinance",
        "statute",
        "constitution",
        "market",
        "economy",
        "idea",
        "decade",
        "century",
        "hour",
        "afternoon",
        "quarter",
        "era",
    ],
)
def test_a_place_event_time_or_thing_owns_no_words(owner: str) -> None:
    assert _speakers(_OWNED.format(owner)) == ["Tom Reed"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ('Ann Lee repeated her country\'s pledge that "we will rebuild."', ["Ann Lee"]),
        ('Ann Lee repeated her nation\'s pledge that "we will rebuild."', ["Ann Lee"]),
        # Persons, bodies and writings still own their words.
        ('Ann Lee rejected the witness\'s claim that "nobody will pay."', ["the witness"]),
        ('Ann Lee rejected the defendant\'s claim that "nobody will pay."', ["the defendant"]),
        ('Ann Lee rejected the company\'s claim that "nobody will pay."', ["the company"]),
        ('Ann Lee rejected the ministry\'s claim that "nobody will pay."', ["the ministry"]),
        ('Ann Lee rejected the campaign\'s claim that "nobody will pay."', ["the campaign"]),
        ('Ann Lee rejected the adviser\'s claim that "nobody will pay."', ["the adviser"]),
        # A place after "the" speaks as its body: the one quoting it only reports its words.
        ('Tom Reed said the town\'s claim that "the water is safe" was weak.', ["the town"]),
        ('Ann Lee said the nation\'s pledge that "we will strike" was hollow.', ["the nation"]),
    ],
)
def test_the_owner_of_a_noun_of_speech_is_a_person_a_body_or_a_writing(
    text: str, speakers: list[str | None]
) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # The accused before "of calling" used the words: a list, or the nearest name before it.
        (
            'Tom Reed accused Ann Lee, Jo Park and Kit Sarno of calling him "a liar."',
            ["Ann Lee, Jo Park and Kit Sarno"],
        ),
        ('Tom Reed accused Ann Lee of lying and Jo Park of calling him "a liar."', ["Jo Park"]),
        ('Tom Reed accused Ann Lee of calling him "a liar."', ["Ann Lee"]),
        ('Tom Reed accused Ann Lee and Jo Park of calling him "a liar."', ["Ann Lee and Jo Park"]),
        # Charged to someone not read by name: none, never the accuser (an unowned partial is not kept).
        ('Tom Reed accused him of calling the plan "a fraud."', []),
        ('Tom Reed accused the two firms of calling the plan "a fraud."', []),
        # A longer quote charged to someone unnamed is not guessed from the sentence's subject either.
        ('Tom Reed accused him of calling the plan "a total waste of public money."', [None]),
        ('Ann Lee accused the wife of Tom Reed of calling her "a liar and a cheat and a fraud."', [None]),
        ('Ann Lee accused supporters of Tom Reed of calling her "a liar and a cheat and a fraud."', [None]),
        ('Tom Reed accused Dr Ann Lee of calling him "a liar."', ["Ann Lee"]),
        # The passive names the accuser: the subject is the one charged.
        ('Ann Lee, accused by Tom Reed of calling him "a crook," said she would sue.', ["Ann Lee"]),
        # No charging verb: the naming is not charged (the sentence's subject, as before).
        ('Tom Reed mocked the habit of Ann Lee of calling reporters "vultures."', ["Tom Reed"]),
    ],
)
def test_the_accused_before_of_calling_used_the_words(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


def _kinds(text: str) -> list[tuple[str | None, str]]:
    return [(quote.speaker, quote.kind) for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Wm is a given name a sentence may end on, no title before a name.
        (
            'The farm passed to his son Wm. Ann Lee, the executor, said "it is settled."',
            [("Ann Lee", "direct")],
        ),
        # A title's dot before an opening quote mark ends the sentence: the quote is whole.
        ('The prize went to Mme. "It was a shock to us all," Tom Reed said.', [("Tom Reed", "direct")]),
        ('Tom Reed met the new Ald. "It was a shock to us all," he said.', [("Tom Reed", "direct")]),
        ('Tom Reed met the Msgr. "It was a shock to us all," he said.', [("Tom Reed", "direct")]),
        # Kept: the titled name is the speaker, not the title.
        ('"It was lovely," said Mme. Ann Lee.', [("Ann Lee", "direct")]),
        ('"It was lovely," said the parish priest, Msgr. Paul Dunn, on Monday.', [("Paul Dunn", "direct")]),
    ],
)
def test_a_title_before_a_quote_or_a_given_name_ends_the_sentence(
    text: str, found: list[tuple[str | None, str]]
) -> None:
    assert _kinds(text) == found


def _found(text: str) -> list[tuple[str | None, str | None]]:
    return [(quote.speaker, quote.role) for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # After kin or a person's noun and "of", a lone word set off is the person's name.
        ('"We are afraid," a neighbour of Reed, Jordan, said.', [("Jordan", "a neighbour of Reed")]),
        ('"We are afraid," a cousin of Lee, Georgia, said.', [("Georgia", "a cousin of Lee")]),
        ('"We are afraid," a colleague of Dunn, Florence, said.', [("Florence", "a colleague of Dunn")]),
        # After a place's noun and "of", or after "in", it is the place's country or state.
        ('"We are afraid," a resident of Amman, Jordan, said.', [("a resident of Amman", None)]),
        ('"We are afraid," the mayor of Tulsa, Georgia, said.', [("the mayor of Tulsa", None)]),
        ('"We are afraid," a shopkeeper in Amman, Jordan, said.', [("a shopkeeper in Amman", None)]),
        # Whoever the head is: a person "in" or "from" a place is no person called after a country.
        ('"It is over," a lawyer in Amman, Jordan, said.', [("a lawyer in Amman", None)]),
        ('"It is over," a teacher from Tulsa, Georgia, said.', [("a teacher from Tulsa", None)]),
    ],
)
def test_a_country_after_a_place_not_after_a_person(
    text: str, found: list[tuple[str | None, str | None]]
) -> None:
    assert _found(text) == found


def test_a_one_word_quotation_after_a_title_is_a_nickname_not_a_quote() -> None:
    quotes = body('"We will win," Mr. "Big" Tom Reed said.')
    assert [quote.text for quote in quotes if "Big" in quote.text] == []
