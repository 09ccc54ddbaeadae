"""Shapes found by the review42a review of the fix39a and fix39b mends: titles written with a full
stop, owners of a noun of speech, joints of two people, bodies named by a plural noun and roles kept.
Invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _found(text: str) -> list[tuple[str | None, str | None]]:
    return [(quote.speaker, quote.role) for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # An abbreviated rank or title inside a set-off name is no sentence end.
        (
            '"We hold the pass," said the unit\'s medic, Cpl. Orin Vell, on Monday.',
            [("Orin Vell", "the unit's medic")],
        ),
        (
            '"We hold the pass," said the unit\'s chief, Maj. Gen. Orin Vell, on Monday.',
            [("Orin Vell", "the unit's chief")],
        ),
        (
            '"We hold the pass," said the unit\'s cook, Pvt. Orin Vell, on Monday.',
            [("Orin Vell", "the unit's cook")],
        ),
        (
            '"We hold the pass," said the parish priest, Msgr. Orin Vell, on Monday.',
            [("Orin Vell", "the parish priest")],
        ),
        (
            '"We hold the pass," said the shop\'s owner, Mme. Ilse Vell, on Monday.',
            [("Ilse Vell", "the shop's owner")],
        ),
        (
            '"We hold the pass," said the firm\'s lawyer, Atty. Orin Vell, on Monday.',
            [("Orin Vell", "the firm's lawyer")],
        ),
        (
            '"We hold the pass," said the ward\'s member, Ald. Orin Vell, on Monday.',
            [("Orin Vell", "the ward's member")],
        ),
        (
            '"We hold the pass," said the firm\'s founder, Wm. Vell, on Monday.',
            [("Wm. Vell", "the firm's founder")],
        ),
        # Kept: a full stop after a surname still ends the sentence.
        (
            '"We hold the pass," said her rival, Ilse Vell. Bo Tarn, a voter, agreed.',
            [("Ilse Vell", "her rival")],
        ),
    ],
)
def test_an_abbreviated_title_inside_a_set_off_name(
    text: str, found: list[tuple[str | None, str | None]]
) -> None:
    assert _found(text) == found


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # Any person, group or body owns a noun of speech; a thing or a time does not.
        ('Orin Vell rejected the woman\'s claim that "nobody will pay."', ["the woman"]),
        ('Orin Vell rejected the victim\'s claim that "nobody will pay."', ["the victim"]),
        ('Orin Vell rejected the pilot\'s claim that "nobody will pay."', ["the pilot"]),
        ('Orin Vell rejected the landlord\'s claim that "nobody will pay."', ["the landlord"]),
        ('Orin Vell rejected the suspect\'s claim that "nobody will pay."', ["the suspect"]),
        ('Orin Vell rejected the couple\'s claim that "nobody will pay."', ["the couple"]),
        ('Orin Vell rejected the defence\'s claim that "nobody will pay."', ["the defence"]),
        ('Orin Vell rejected his party\'s claim that "nobody will pay."', ["his party"]),
        ('Orin Vell rejected their union\'s claim that "nobody will pay."', ["their union"]),
        # A thing owns none: "mocked" is a cue of speech, so its subject keeps the quote.
        ('Orin Vell mocked the plan\'s promise that "no family will lose."', ["Orin Vell"]),
        # A thing owns none, and "defended" is no cue of speech: no speaker is right.
        ('Orin Vell defended the bill\'s promise that "costs will fall."', []),
        ('Orin Vell praised the report\'s warning that "costs will rise."', ["the report"]),
        ('Orin Vell recalled the day\'s comments that "costs will rise."', ["Orin Vell"]),
    ],
)
def test_the_owner_of_a_noun_of_speech(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # After "and his/her/their", the same full-name test whether the cue comes first or last.
        ('"It is over," Kestrel and his deputy Orin Vell said.', [("Orin Vell", "Kestrel and his deputy")]),
        ('"It is over," Tarn and his lawyer Orin Vell said.', [("Orin Vell", "Tarn and his lawyer")]),
        ('Kestrel and his deputy Orin Vell said: "It is over."', [("Orin Vell", "deputy")]),
        # Kept: a full name joins its kin or role.
        (
            '"It is over," Karen Holm and her deputy Orin Vell said.',
            [("Karen Holm and her deputy Orin Vell", None)],
        ),
        (
            'Karen Holm and her lawyer Orin Vell said: "It is over."',
            [("Karen Holm and her lawyer Orin Vell", None)],
        ),
    ],
)
def test_a_joint_after_and_his(text: str, found: list[tuple[str | None, str | None]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A group's plural before a preposition and a capitalised word: a body's name, as written.
        ('Friends of the Moor said: "We will sue."', ["Friends of the Moor"]),
        ('"We will sue," said Friends of the Moor.', ["Friends of the Moor"]),
        ('Witnesses for Peace said: "We will sue."', ["Witnesses for Peace"]),
        # Kept: a group described in lower case.
        ('Voters said: "We will sue."', ["voters"]),
        ('People close to Orin Vell said: "We will sue."', ["people close to Orin Vell"]),
    ],
)
def test_a_body_named_by_a_plural(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A role in lower case and a name ending the sentence, set off after a description: its name.
        (
            '"It is a disaster," said the mayor\'s rival, club captain Maria Vell.',
            [("Maria Vell", "the mayor's rival")],
        ),
        (
            '"It is a disaster," said the mayor\'s rival, club captain Maria Vell. Ann Dunn agreed.',
            [("Maria Vell", "the mayor's rival")],
        ),
        # Kept: a verb before the role makes the name another person's.
        (
            '"It is a disaster," said the mayor\'s rival, replacing club captain Maria Vell.',
            [("the mayor's rival", None)],
        ),
    ],
)
def test_a_role_and_a_name_ending_the_sentence(text: str, found: list[tuple[str | None, str | None]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Kin of a person named before, and a champion, are the name's role.
        ('"He is fine," Ann Dunn\'s cousin Tom said.', [("Tom", "Ann Dunn's cousin")]),
        ('"It is over," the defending champion Ann Dunn said.', [("Ann Dunn", "defending champion")]),
        ('"It is over," said the reigning champion Ann Dunn.', [("Ann Dunn", "reigning champion")]),
        # Kept: a firm's role, and no role where none is written.
        ('"He is fine," Kestrel\'s chairman Tom said.', [("Tom", "Kestrel's chairman")]),
        ('"It is over," Ann Dunn said.', [("Ann Dunn", None)]),
    ],
)
def test_kin_and_a_champion_are_roles(text: str, found: list[tuple[str | None, str | None]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A place and its country set off: the described person, never the country nor the town.
        ('"It is quiet," a resident of Amman, Jordan, said.', ["a resident of Amman"]),
        ('"It is quiet," said a resident of Amman, Jordan.', ["a resident of Amman"]),
        ('A resident of Amman, Jordan, said: "It is quiet."', ["a resident of Amman"]),
        # Kept: a person's name set off, and a given name after a person's name.
        ('"It is quiet," a resident of Amman, Ann Dunn, said.', ["Ann Dunn"]),
        ('A resident of Amman, Ann Dunn, said: "It is quiet."', ["Ann Dunn"]),
        ('A friend of Ivo Tarn, Jordan, said: "It is quiet."', ["Jordan"]),
        ('"It is quiet," a friend of Ivo Tarn, Jordan, said.', ["Jordan"]),
    ],
)
def test_a_place_and_its_country_set_off(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers
