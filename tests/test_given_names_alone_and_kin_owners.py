"""Shapes of features and reviews left by the invented-features check (eval/invented-features):
people called by a given name alone. Invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A given name the article writes alone, as a person's name, is the he or she after it.
        (
            'A ferry pilot named Tomasz crosses the strait twice a day. "The sea decides, not me," he says.',
            ["Tomasz"],
        ),
        ('His wife, Ingrid, was waiting at the dock. "He is always late," she said.', ["Ingrid"]),
        (
            "In the film a girl called Greta travels with a ferryman named Nils. Nils rarely answers. "
            '"Are you asleep?" Greta asks him. "Only when children talk," he grumbles.',
            ["Greta", "Nils"],
        ),
        (
            'The second brother, Emil, fixes boilers. "Nobody eats until the pipes are done," he declares. '
            '"Not even the dog," he adds.',
            ["Emil", "Emil"],
        ),
        (
            'Odile Varga wrote the play. Her brother, Matteo, plays the father. "I just shout," he said.',
            ["Matteo"],
        ),
        # Not a word the article also writes as a place's, a thing's or before a surname.
        (
            'Troops in Chad took the town. The country, Chad, rejected the accord. "We will not sign," he said.',
            [None],
        ),
        (
            'Flights to Charlotte were cut. The city, Charlotte, voted no on Monday. "We lost," she said.',
            [None],
        ),
        ('A shop on Victoria Street closed. Victoria, the owner, left. "It was time," she said.', [None]),
        ('The Victoria line was shut. The owner, Victoria, left. "It was time," she said.', [None]),
        # Not a place, a firm or a thing written with a given name's word: an `it` or `its` for it,
        # a place's or firm's belongings, a place list, a capital before it, a thing's name set off.
        (
            'Ann Lee spoke first. Georgette said it would shut its plant. "We are ready," she said.',
            ["Ann Lee"],
        ),
        ('Ann Lee spoke first. Georgette said its profit fell. "We are ready," she said.', ["Ann Lee"]),
        ('Ivo Reed spoke first. Jordan said the crossing was shut. "We are ready," he said.', ["Ivo Reed"]),
        (
            'Ivo Reed spoke first. Georgette\'s government fell. Georgette said little. "We are ready," he said.',
            ["Ivo Reed"],
        ),
        ('Ann Lee spoke first. The barge, called Helga, sank. "We are lost," she said.', ["Ann Lee"]),
        ('Ivo Reed spoke first. He named Tomas\'s envoy. Tomas left. "We are ready," he said.', ["Ivo Reed"]),
        (
            'Ivo Reed spoke first. Harmon Tomas said no. Tomas said the talks failed. "We wait," he said.',
            ["Harmon Tomas"],
        ),
        # A kind of person's own name still is, after a capitalised word that is no name's.
        (
            'The middle son, Lorcan, is a welder. As Lorcan grew, he spoke less. "I fix what breaks," he says.',
            ["Lorcan"],
        ),
        ('Ann Lee spoke first. The nurse, called Helga, left early. "We are lost," she said.', ["Helga"]),
        # Not set off after a noun that names no person.
        ('The country, Chad, rejected the accord. "We will not sign," he said.', [None]),
        # Not a word that opens a sentence only, nor a form that is as often a noun after it.
        ('Frank talks were held on Monday. "We made progress," he said.', [None]),
        ('Frank talks were held on Monday, and Frank views were aired. "We made progress," he said.', [None]),
        # Not a pronoun of the other sex.
        (
            'A ferry pilot named Tomasz crosses the strait twice a day. "The sea decides, not me," she says.',
            [None],
        ),
        # A fuller name of the article wins: the first name or surname rules go on as before.
        (
            'A ferry pilot named Tomasz Brandt crosses the strait. "The sea decides, not me," Tomasz says. '
            '"I only steer," he adds.',
            ["Tomasz Brandt", "Tomasz Brandt"],
        ),
        (
            'The bank hired Ivo Grace in May. A broker named Grace left. "We will miss her," he said.',
            ["Ivo Grace"],
        ),
    ],
)
def test_a_given_name_written_alone_as_a_persons_is_the_pronouns(
    text: str, speakers: list[str | None]
) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # The owner opening a sentence on kin is a candidate for a later pronoun of the owner's sex,
        # known or told by a partner noun (`Hollis's husband`: Hollis a she).
        (
            'Wren Halvard taught school for three decades.\n\n"I paint at dawn," Odette Crane says.\n\n'
            "Wren's husband, Piet Lunde, a former surveyor, frames each canvas. "
            '"If I grumble, she paints over it," he says.\n\nShe grins at that. "He grumbled once," she says.',
            ["Odette Crane", "Piet Lunde", "Wren Halvard"],
        ),
        (
            'Ana Ruiz spoke first. Tom Reed\'s daughter, Mia, disagreed. "Nobody asked me," he said.',
            ["Tom Reed"],
        ),
        # A name set off after a noun of kin has the kin's sex (`Lee's husband, Bo Park,` is a he).
        (
            'Ann Lee runs the bakery. Lee\'s husband, Bo Park, bakes the bread. "He exaggerates," she said.',
            ["Ann Lee"],
        ),
        ('Ann Lee spoke first. Reed\'s son, Bo Park, disagreed. "Nobody asked me," she said.', ["Ann Lee"]),
        # The relative, when of the pronoun's sex, stays the nearer candidate.
        (
            'Ann Lee runs the bakery. Lee\'s husband, Bo Park, bakes the bread. "She never sleeps," he said.',
            ["Bo Park"],
        ),
        (
            'Tom Reed runs the bakery. Reed\'s wife, Ann, bakes the bread. "He works too hard," she said.',
            ["Ann"],
        ),
        # Not an owner inside a quotation, nor one of unknown sex after kin that tells none.
        ('Ana Ruiz spoke first. "I met Lee\'s husband there. He was kind," she said.', ["Ana Ruiz"]),
        ('Ivo Marsh spoke first. Reed\'s son, Bo Park, disagreed. "Nobody asked me," she said.', [None]),
        # Not an owner whose relative is of the pronoun's sex (or of either): the he may be the son's.
        (
            "Oren Halloway's son, Pim, was detained on Tuesday. He was freed on Wednesday. "
            '"They had the wrong man," he told the radio.',
            ["Pim"],  # (the relative set off is the subject, left35)
        ),
        (
            "Oren Halloway's son, Pim Halloway, was detained on Tuesday. He was freed on Wednesday. "
            '"They had the wrong man," he told the radio.',
            ["Pim Halloway"],
        ),
        (
            'Tilde Arrow\'s daughter, Suvi, is nine. She sings in a choir. "I like the high notes," she said.',
            ["Suvi"],
        ),
        ('Tilde Arrow\'s wife, Runa Vell, keeps bees. "They calm me," she says.', ["Runa Vell"]),
        (
            "Oren Halloway's daughter and son were detained on Tuesday. "
            '"They had the wrong family," he told the radio.',
            [None],
        ),
    ],
)
def test_the_owner_of_kin_is_a_candidate_for_a_pronoun_of_the_owners_sex(
    text: str, speakers: list[str | None]
) -> None:
    assert _speakers(text) == speakers


_OBITUARY = (
    "Ivo Marsh, a drummer, died on Monday. He was 80.\n\n"
    'Bo Reed, who drummed beside him for decades, said Mr. Marsh "never missed a beat".\n\n'
)
_TALKS_OF_HIM = '"He let you find your own tempo," Mr. Reed said.\n\n'


@pytest.mark.parametrize(
    ("text", "last"),
    [
        # A speaker whose own quotation speaks of a he may be talking about the one remembered by his
        # sayings (`liked to say`, `by his own account`) or about someone else: the he is left unnamed,
        # never given to the wrong one of the two.
        (
            _OBITUARY + _TALKS_OF_HIM + "His home life was messier. "
            'He wed twice and, by his own account, wasted the 1990s "skint, lost and very content."',
            None,
        ),
        (_OBITUARY + _TALKS_OF_HIM + '"Count to four and the rest is easy," he liked to say.', None),
        (
            "Tomas Brede founded the bakery. Ivo Marsh took it over in 1990.\n\n"
            '"He taught me everything," Marsh said.\n\n"Bread cannot be hurried," he liked to say.',
            None,
        ),
        # Not a plain cue, which goes on with the speaker.
        (_OBITUARY + _TALKS_OF_HIM + 'He added that the band "was a family."', "Bo Reed"),
        # Nor a speaker whose quotation speaks of no other he.
        (
            _OBITUARY + '"I never heard a better drummer," Mr. Reed said.\n\n'
            '"Count to four and the rest is easy," he liked to say.',
            "Bo Reed",
        ),
    ],
)
def test_a_he_remembered_by_his_sayings_after_a_speaker_talking_of_a_he_is_left_unnamed(
    text: str, last: str | None
) -> None:
    assert _speakers(text)[-1] == last


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # Kin of either sex (`partner`, `cousin`) give the name after them no sex.
        (
            'His partner, Lior Fenn, keeps the accounts. Fenn said the shop was small. "We get by," she said.',
            ["Lior Fenn"],
        ),
        (
            'Her cousin, Dara Quell, runs the stall. Quell said it was quiet. "We get by," she said.',
            ["Dara Quell"],
        ),
        # Kin of one sex still do.
        (
            'His brother, Dara Quell, runs the stall. Quell said it was quiet. "We get by," she said.',
            [None],
        ),
    ],
)
def test_kin_of_either_sex_give_no_sex(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers
