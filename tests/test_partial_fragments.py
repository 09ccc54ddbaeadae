"""Partial quotations (a word or phrase quoted inside the writer's sentence) whose speaker a
summing-up verb names: the agent of a passive set off by a dash or after a frequency adverb
(invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in body(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # The agent of the passive after the quotation says the words, not the subject it describes.
        (
            'Rain fell. The board kept up its review of the kennels — often described as a "dog trial" by '
            "breeders — and it ended in May.",
            ["breeders"],
        ),
        (
            'Rain fell. The Orvell ferry — widely derided as a "floating slum" by Nia Pask — sails on.',
            ["Nia Pask"],
        ),
        (
            'Rain fell. The Orvell ferry, sometimes branded as a "floating slum" by Nia Pask, sails on.',
            ["Nia Pask"],
        ),
        ('Rain fell. The Orvell ferry is sometimes called a "floating slum" by Nia Pask.', ["Nia Pask"]),
        ('Rain fell. The Orvell ferry is often described as "a floating slum" by Nia Pask.', ["Nia Pask"]),
    ],
)
def test_the_agent_of_a_summing_up_passive_speaks(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    "text",
    [
        # No summing-up participle, or no agent after the quotation: nobody is named.
        'Rain fell. The Orvell ferry — often a "floating slum" by any measure — sails on.',
        'Rain fell. The Orvell ferry — often labeled as a "floating slum" — sails on.',
        'Rain fell. The Orvell ferry — often labeled as a "floating slum" by the hour — sails on.',
    ],
)
def test_no_agent_no_speaker_from_the_passive(text: str) -> None:
    assert all(s is None for s in _speakers(text))


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # "charge" reports speech with a "that" clause right after it.
        (
            'Rain fell. Bram Ostrow, who runs the Velm orchard guild, charged that the warden "buried" the logs.',
            ["Bram Ostrow"],
        ),
        ('Rain fell. Ostrow charges that the warden "buried" the logs of the harvest.', ["Ostrow"]),
        ('Rain fell. The Velm guild is charging that the warden "buried" the logs.', ["the Velm guild"]),
    ],
)
def test_charged_that_reports_the_fragment(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # "that" of a time phrase is no conjunction, and a passive or adjectival "charged" reports
        # nothing: the sentence's own speaker, or nobody, takes the fragment.
        ('Rain fell. The man charged that night with "assault" was released, police said.', ["police"]),
        (
            'Rain fell. A teacher charged that morning with "neglect" was suspended, Principal Tom Reed said.',
            ["Tom Reed"],
        ),
        (
            'Rain fell. A driver charged that evening with "reckless" driving was freed, Sgt. Ivo Marsh said.',
            ["Ivo Marsh"],
        ),
        ('Rain fell. Ann Lee was the first person charged that year under the "sedition" law.', []),
        ('Rain fell. Ivo Marsh was charged that day with "fraud" and freed.', []),
        ('Rain fell. The last of the men charged that week with "arson" was freed.', []),
        # A true clause after "that" still reports.
        ('Rain fell. The ferry union charged that its members were "cheated" of pay.', ["the ferry union"]),
        ('Rain fell. The ferry union charged that "pirates in suits" run the port.', ["the ferry union"]),
    ],
)
def test_charged_that_of_a_time_phrase_or_a_passive_reports_nothing(
    text: str, speakers: list[str | None]
) -> None:
    got = _speakers(text)
    assert got == speakers if speakers else all(s is None for s in got)


@pytest.mark.parametrize(
    "text",
    [
        # A noun, a price or a criminal charge: no speech, so the short fragment has no cue.
        'Rain fell. The suit is long. In its charges that the warden "buried" the logs, it is firm.',
        'Rain fell. Pask charged $5 for a "lesson" that took an hour.',
        'Rain fell. Pask charged the battery before the "race" began.',
    ],
)
def test_charge_without_that_is_no_cue(text: str) -> None:
    assert _speakers(text) == []


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A naming form in -s after a lower-case noun, its object pronoun next, is the noun's verb.
        (
            'Rain fell. The retired skipper calls it his "salt instinct"; the crew call it luck.',
            ["the retired skipper"],
        ),
        (
            'Rain fell. Lately, the Velm Courier weekly calls it "the lantern" of the valley.',
            ["the Velm Courier weekly"],
        ),
        ('Rain fell. Each week the ferry union labels it a "lockout" in its bulletin.', ["the ferry union"]),
    ],
)
def test_a_noun_that_calls_it_something_speaks(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    "text",
    [
        # "calls" a noun: words between the pronoun and the quotation, or a determiner before it.
        'Rain fell. The missed calls it logged were "urgent" ones.',
        'Rain fell. Of the calls it made, two were "urgent" ones.',
    ],
)
def test_calls_as_a_noun_names_nobody(text: str) -> None:
    assert _speakers(text) == []


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # `identified … as "…"`, `summed … up as "…"`: the subject sums its object up in the quoted words.
        ('Rain fell. Pask identified the builder as "careless" and moved on.', ["Pask"]),
        ('Rain fell. Ostrow then summed up the tender as "lopsided." Velm objected.', ["Ostrow"]),
        ('Rain fell. Ostrow summed the tender up as "lopsided." Velm objected.', ["Ostrow"]),
    ],
)
def test_identified_or_summed_up_as(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    "text",
    [
        # A name in quotation marks, or no "as" before the quotation: no summing-up.
        'Rain fell. Police identified the man as "Big Tam" Orvell.',
        'Rain fell. Pask identified the "weak spots" in the dam.',
    ],
)
def test_identified_without_a_summing_up(text: str) -> None:
    assert _speakers(text) == []


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A conclusion or an assessment that a possessor owns is that possessor's speech.
        (
            'Rain fell. The league was shaken by Judge Ilsa Dorn\'s conclusion that its coach was "plainly reckless."',
            ["Ilsa Dorn"],
        ),
        (
            'Rain fell. Voters cite the auditor\'s assessment that the fund is "nearly empty."',
            ["the auditor"],
        ),
    ],
)
def test_an_owned_conclusion_is_its_owner_s(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


def test_a_conclusion_with_no_owner_names_nobody() -> None:
    assert _speakers('Rain fell. The conclusion that the fund is "nearly empty" shook the race.') in (
        [],
        [None],
    )


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # "praise of", "mention of": a noun, so no subject before it reports the quotation.
        (
            'Rain fell. Ostrow shook hands with Velm in what came to be known by some growers as a "truce" -- a '
            "picture sealed by Ostrow's warm praise of the flood work.",
            ["some growers"],
        ),
        (
            'Rain fell. The ferry crews are a "credit to the town" -- a view backed by the mayor\'s mention of them.',
            [],
        ),
        # The verb stays a verb.
        ('Rain fell. Pask and Orvell praise the "quick work" of the crews.', ["Pask and Orvell"]),
    ],
)
def test_praise_of_is_a_noun(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A plural noun for people opening the sentence, an aside or not, is the subject of "call".
        ('Rain fell. Critics call the plan "a fire sale of the harbour."', ["critics"]),
        ('Rain fell. Residents call it "the long mile."', ["residents"]),
        (
            'Rain fell. Critics, including the two largest ferry unions, call the plan "a fire sale of the harbour."',
            ["critics"],
        ),
    ],
)
def test_people_opening_the_sentence_call_it_something(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    "text",
    [
        # "calls" in a list of things, and "call" after a plural that is no noun for people.
        'Rain fell. Parents, teachers, calls and letters all reached the "duty desk" that week.',
        'Rain fell. Ferries, including the two oldest ones, call at "Pier Nine" daily.',
        # Only a naming verb: after `Critics warn that` a short quote may be the writer's scare quotes.
        'Rain fell. Critics warn that any "soft landing" for the port might fail.',
    ],
)
def test_call_with_no_people_before_it(text: str) -> None:
    assert _speakers(text) == []


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # "calls" with a short object phrase on a determiner right before the quotation is a verb.
        ('Rain fell. A leaflet calls the plan "a fire sale of the harbour."', ["a leaflet"]),
        (
            'Rain fell. A leaflet that arrived last week calls both men "career politicians," a label that fits neither.',
            ["a leaflet"],
        ),
    ],
)
def test_a_thing_calls_its_object_something(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    "text",
    [
        # A noun "calls" with a relative clause after it: a verb in the phrase, or too long.
        'Rain fell. The calls the agency logged were "urgent" ones.',
        'Rain fell. The calls the agency made were "urgent" ones.',
    ],
)
def test_calls_before_a_relative_clause_is_a_noun(text: str) -> None:
    assert _speakers(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # A noun "calls" after an adjective, a time phrase and "for"/"to" before the quotation: the
        # subject faces the calls, it does not make them.
        'Rain fell. Tom Reed faces mounting calls this week to "step down at once and let the party heal."',
        'Rain fell. The minister is facing renewed calls this week for "a full public inquiry into the fire."',
        'Rain fell. The mayor heard fresh calls this week for "a full public inquiry into the fire."',
        'Rain fell. The council is facing loud calls this month for "a recount of every ballot."',
        'Rain fell. The board faces growing calls this year to "open its books to the public."',
    ],
)
def test_calls_for_something_is_a_noun(text: str) -> None:
    assert all(s is None for s in _speakers(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A relative clause or a "like" phrase set off after the people is no role of theirs.
        ('Rain fell. Workers, two of whom spoke to reporters, call the mill "a death trap."', "workers"),
        (
            'Rain fell. Visitors, like the ones Ann Lee met last week, call the mill "a death trap."',
            "visitors",
        ),
        ('Rain fell. Farmers, most of whom own small plots, call the levy "a tax on hope."', "farmers"),
        ('Rain fell. Neighbours, unlike the council, call the dam "a relic."', "neighbours"),
    ],
)
def test_an_aside_of_whom_or_like_is_no_role(text: str, speaker: str) -> None:
    quotes = body(text)
    assert [(q.speaker, q.role) for q in quotes] == [(speaker, None)]
