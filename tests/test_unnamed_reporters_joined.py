"""An unnamed person who speaks after a joining word (`But one nurse … said`) or by a local trade
(`A local shopkeeper said`), between a named speaker and a he/she: the he/she is that person, never
the name before. Invented strings only."""

from __future__ import annotations

import pytest

from osceq.extract.subjects import sentence_person
from osceq.extract.tokens import tokenize
from tests.quote_helpers import body

_BEFORE = 'The mayor, Tor Hellan, said the road would open in May. "We are on schedule," he said.\n\n'


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("A local shopkeeper said he doubted it.", "a local shopkeeper"),
        ("One waiter at the cafe said he doubted it.", "one waiter"),
        ("A pensioner who lives nearby said he doubted it.", "a pensioner"),
        ("But one resident, who asked not to be named, said he doubted it.", "one resident"),
        ("And a neighbour told reporters he doubted it.", "a neighbour"),
        ("But a retired firefighter said he doubted it.", "a retired firefighter"),
        # a verb of another's speech inside an aside before the subject's own (review44a)
        ("A shopkeeper, angry that the mayor told residents to leave, said he would stay.", "a shopkeeper"),
        ("A waiter, furious that the council told him to close, said he would stay.", "a waiter"),
        # no person, or the pronoun is the subject: the he stays the mayor's
        ("But a local survey said traffic would grow.", "Tor Hellan"),
        ("And a quick look at the plans shows he is right.", "Tor Hellan"),
    ],
)
def test_an_unnamed_speaker_after_a_joining_word_is_the_he(sentence: str, speaker: str | None) -> None:
    text = f'{_BEFORE}{sentence} "They said that last year," he said.'
    assert [q.speaker for q in body(text)] == ["Tor Hellan", speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the verb of speech is another clause's or a tag's with its own subject: the mayor's he
        ("A shopkeeper watched as Mayor Tor Hellan told reporters the plan was sound.", "Tor Hellan"),
        ("But one pensioner was unconvinced when Hellan told the meeting it was sound.", "Tor Hellan"),
        ("And a waiter brought coffee as Hellan told reporters the plan was sound.", "Tor Hellan"),
        ("And a motorist was fined, police said.", "Tor Hellan"),
        ("But a labourer who was hurt last week has not been paid, his union said.", "Tor Hellan"),
        ("A cleaner complained that the mayor told nobody.", "Tor Hellan"),
        ("A firefighter, 52, was injured, the mayor said.", "Tor Hellan"),
        ("A waiter was told to leave the site.", "Tor Hellan"),
        # the verb is the description's own, after an aside, a relative clause or a second verb
        ("A pensioner, 80, who lives nearby told reporters he doubted it.", "a pensioner"),
        ("A waiter brought coffee and told reporters he doubted it.", "a waiter"),
        ("A solicitor for Hellan's rivals said he doubted it.", "a solicitor"),
        ("A pensioner who was hurt when the roof fell said he doubted it.", "a pensioner"),
        (
            "One waiter who asked not to be named because he feared for his job said he doubted it.",
            "one waiter",
        ),
        ("A cleaner who watched as the mayor told reporters the plan was sound.", "Tor Hellan"),
        ("One shopkeeper, described as a friend of the mayor, later said he doubted it.", "one shopkeeper"),
    ],
)
def test_an_unnamed_speaker_speaks_only_by_its_own_verb(sentence: str, speaker: str) -> None:
    text = f'{_BEFORE}{sentence} "It will work," he said.'
    assert [q.speaker for q in body(text)] == ["Tor Hellan", speaker]


@pytest.mark.parametrize(
    ("sentence", "opener"),
    [
        ("But a retired firefighter said he doubted it.", "a retired firefighter"),
        # a verb of another's speech inside an aside before the subject's own (review44a)
        ("A shopkeeper, angry that the mayor told residents to leave, said he would stay.", "a shopkeeper"),
        ("A waiter, furious that the council told him to close, said he would stay.", "a waiter"),
        ("And one neighbour told reporters he doubted it.", "one neighbour"),
        ("Yet a pensioner who lives nearby said he doubted it.", "a pensioner"),
        ("A pensioner who lives nearby said he doubted it.", "a pensioner"),
    ],
)
def test_an_unnamed_speaker_after_a_joining_word_is_placed_at_its_description(
    sentence: str, opener: str
) -> None:
    found = sentence_person(sentence, 0, len(sentence), tokenize(sentence, 0, len(sentence)), False, bool)
    assert found == (sentence.lower().index(opener), opener)


def test_an_unnamed_speaker_after_but_keeps_the_he_past_a_councillor() -> None:
    text = (
        f"{_BEFORE}But a retired firefighter said he doubted it. Councillor Ann Roe said the works were "
        'late. "They said that last year," he said.'
    )
    assert [q.speaker for q in body(text)] == ["Tor Hellan", "a retired firefighter"]
