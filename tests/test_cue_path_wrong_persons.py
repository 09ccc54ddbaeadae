"""Shapes where a cue before the quotation, or a sentence's subject, gave the words to somebody who
did not say them: naming participles set off from the clause (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A naming participle set off by a dash, a parenthesis or a comma with "as" after it is a
        # passive phrase: its agent after "by" speaks, never the subject of the main clause.
        (
            'Mayor Ida Fenn defended the levy - often labeled as a "harbour grab" by growers - on Monday.',
            ["growers"],
        ),
        (
            'Mayor Ida Fenn defended the levy, often derided as "a giveaway" by union leaders, on Monday.',
            ["union leaders"],
        ),
        (
            'Mayor Ida Fenn defended the levy (widely labeled as "a giveaway" by union leaders) on Monday.',
            ["union leaders"],
        ),
        ('Mayor Ida Fenn defended the levy - also called "the harbour tax" by growers - on Monday.', []),
        ('Mayor Ida Fenn defended the levy - often labeled as "the harbour tax" - on Monday.', []),
        # An active naming verb after a comma takes an object or follows its subject's aside.
        ('Ned Rowe, for one, called it "a giveaway."', ["Ned Rowe"]),
        ('The levy that Ned Rowe, for one, called "a giveaway" passed.', ["Ned Rowe"]),
        ('Ned Rowe, the mayor, called the levy "a giveaway."', ["Ned Rowe"]),
        ('Snow came. The levy, derided as "a tax on patience" by growers, was cut.', ["growers"]),
        # An active naming verb whose object follows the quotation keeps its subject.
        (
            'Snow came. Tom Reed - the farm lobby\'s chief - called "absurd" the idea that aid be cut.',
            ["Tom Reed"],
        ),
        (
            'Snow came. The farm lobby\'s chief, Tom Reed, branded as "a disgrace" the decision to cut aid.',
            ["Tom Reed"],
        ),
        (
            'Snow came. Tom Reed, however, labelled as "nonsense" the suggestion that aid be cut.',
            ["Tom Reed"],
        ),
        (
            'Snow came. Ida Fenn - the mill\'s owner - called "reckless" the plan to shut the dam.',
            ["Ida Fenn"],
        ),
    ],
)
def test_a_naming_participle_set_off_names_nobody_but_its_agent(
    text: str, speakers: list[str | None]
) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A noun-like form that cannot agree, as a verb, with the capitalised words before it is a
        # noun: the tag after the quotation speaks, not the words before it.
        (
            'The canal has worried many Nordic towns, since the board took a "light touch" in its'
            " talks with them, said Ada Lind, a scholar at Tarvo College.",
            ["Ada Lind"],
        ),
        (
            "The bureau was urged by river towns on Monday to shelve some Velm promises unless there"
            ' are "firm plans to dredge the channel."',
            [None],
        ),
        # A verb that agrees with them stays a verb.
        ('Many Democrats claim the levy is "a giveaway for the few."', ["Democrats"]),
        ('Several Tarvo officials warn the levy is "a giveaway for the few."', ["Tarvo officials"]),
        ('The Harbour Press reports that the levy is "a giveaway for the few."', ["Harbour Press"]),
        ('The Tarvo Democrats claim the levy is "a giveaway for the few."', ["the Tarvo Democrats"]),
        ('The Tarvo Police note that the levy is "a giveaway for the few."', ["Tarvo Police"]),
    ],
)
def test_a_noun_like_form_that_cannot_agree_with_the_name_before_it_is_a_noun(
    text: str, speakers: list[str | None]
) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A participle of speech right after a verb of keeping on has the keeper for subject: a new
        # clause of its own after "and" takes the quotation from the earlier verb's subject.
        (
            "Brask gave evidence to the inquiry, and Rep. Oona Vell kept asking Brask why the board had"
            ' blamed the flood on "freak" tides.',
            ["Oona Vell"],
        ),
        ('Brask gave evidence, and Oona Vell kept saying the flood was "no freak."', ["Oona Vell"]),
        ('Oona Vell kept asking why the board had blamed the flood on "freak" tides.', ["Oona Vell"]),
        # "Keep" with an object is no speech; a reported "kept" inside what was said changes nothing.
        (
            "Dravin insisted that he and the co-op keep control of the mill, assuring Tilde they would never"
            ' "need to sell the stones."',
            ["Dravin"],
        ),
        ('Ada Lund said the ministry kept "secret files" on farmers.', ["Ada Lund"]),
    ],
)
def test_a_participle_after_kept_belongs_to_the_keeper(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A summing-up or characterising participle set off by a comma or a dash before "as" or
        # "by" is a passive: its agent speaks, or nobody, never the noun it describes.
        ('Snow came. The man, identified by police as "a local fisherman in his fifties," died.', ["police"]),
        ('Snow came. The levy, summed up by Ann Lee as "a tax on hope," passed.', ["Ann Lee"]),
        ('Snow came. The levy, welcomed by Ann Lee as "a tax on hope," passed.', ["Ann Lee"]),
        ('Snow came. The dam, defended by Ivo Marsh as "the valley\'s lifeline," stood.', ["Ivo Marsh"]),
        (
            'Snow came. The victim, identified only as "a local fisherman in his fifties," died on Friday.',
            [None],
        ),
        ('Snow came. Ann Lee — often described as "the iron lady of the coast" — resigned.', [None]),
        ('Snow came. The ferry, rejected as "a floating slum," was sold.', [None]),
        (
            'Snow came. The levy - denounced as "a tax on hope" by the dozen farm groups in Tarn - was cut.',
            [None],
        ),
        # An active verb with its object keeps its subject.
        ('Snow came. Ivo Marsh, the mayor, defended the dam as "the valley\'s lifeline."', ["Ivo Marsh"]),
    ],
)
def test_a_set_off_summing_participle_gives_its_agent_or_nobody(
    text: str, speakers: list[str | None]
) -> None:
    got = _speakers(text)
    assert got == speakers or (speakers == [None] and got == [])


@pytest.mark.parametrize(
    "text",
    [
        # A time or a holiday after "by" is no agent.
        'Snow came. The levy was branded "a tax on hope" by Christmas — and it was cut.',
        'Snow came. The levy was branded "a tax on hope" by early summer, and it was cut.',
        'Snow came. The dam was called "a relic" by the spring, and it was shut.',
    ],
)
def test_a_time_after_by_is_no_agent(text: str) -> None:
    assert all(s is None for s in _speakers(text))
