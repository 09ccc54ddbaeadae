"""Attribution shapes of US political copy found by the second blind check (eval/invented-blind-2):
invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A candidate's running mate or nominee set off by name speaks, not the candidate.
        (
            'Oster\'s running mate, Gov. Nell Arbery, said on Friday that the senator had "lost the thread."',
            ["Nell Arbery"],
        ),
        ('Pell Dunlow\'s running mate, Mira Estevan, said the plan was "a fantasy".', ["Mira Estevan"]),
        ('The Unity Party\'s nominee, Cass Brantwood, called the vote "a farce".', ["Cass Brantwood"]),
        # Not changed: the relations already known, a group after the possessive, the mate named after.
        ('Oster\'s rival, Nell Arbery, said the plan was "a fantasy".', ["Nell Arbery"]),
        ('Oster\'s group, Lorne Forward, said the plan was "a fantasy".', ["Lorne Forward"]),
        ('"It is a fantasy," said Nell Arbery, Oster\'s running mate.', ["Nell Arbery"]),
    ],
)
def test_a_running_mate_named_in_commas_speaks(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # `X's first post`: a post owned and counted is a noun, not `X first posts`; the sentence's
        # subject tells the members.
        (
            "Corra's old campaign manager, Hector Heming, pinned Corra's first post to the notice "
            'board and told members that "nobody signed off on it."',
            ["Hector Heming"],
        ),
        (
            "A club trustee, Hector Heming, read out Corra's last post at the meeting and told "
            'members that "nobody signed off on it."',
            ["Hector Heming"],
        ),
        # Not changed: an adverb between a speaker and a form of speech, a possessor's deputy speaking.
        ('Once a week, Orrin Vale first posts that the ferry fares are "too steep".', ["Orrin Vale"]),
        ('In his column Orrin Vale also notes that the fares are "too steep".', ["Orrin Vale"]),
        ('Vale\'s deputy also notes that the ferry fares are "too steep".', ["Vale's deputy"]),
    ],
)
def test_an_owned_post_is_no_verb(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A counted writing of a person's speaks for its owner, as the plural does.
        ('Orly\'s first tweet called the levy "a tax on hope" in June.', ["Orly"]),
        ('Orly\'s first post on Sunday said "the fight goes on."', ["Orly"]),
        ('Orly\'s second letter said the levy was "a tax on hope."', ["Orly"]),
        ('Vance Orly\'s first statement said "the fight goes on."', ["Vance Orly"]),
        # Not changed: the plural, a counted deputy, a post shared by another who speaks.
        ('Orly\'s tweets called the levy "a tax on hope" in June.', ["Orly"]),
        ('Vance Orly\'s first deputy said "the fight goes on."', ["Vance Orly's first deputy"]),
        (
            "Kit Sarno, a council aide, reposted Orly's first tweet and told a radio host that \"it "
            'was a joke."',
            ["Kit Sarno"],
        ),
    ],
)
def test_a_counted_writing_speaks_for_its_owner(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        # A firm named in the possessive, an adverb and a form of speech: the tag's verb, not a noun.
        ('"Margins will shrink," Greeley\'s also notes.', "cue-after"),
        ('"Stocks are thin," Pelham\'s again reports.', "cue-after"),
        # Not changed: a word that may qualify the noun keeps the noun reading.
        ('"Stocks are thin," Pelham\'s first reports.', "loose-tag"),
    ],
)
def test_a_firm_in_the_possessive_tags_with_an_adverb(text: str, evidence: str) -> None:
    assert [quote.evidence for quote in body(text)] == [evidence]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A nickname of two words inside a name: the name keeps its given name, and with it a gender.
        (
            'The county sheriff, Edwina "Iron Dee" Kastner, filed her papers on Monday. Asked about '
            'the race, Kastner said the office was "not a trophy."',
            ["Edwina Kastner"],
        ),
        (
            'Edwina "Iron Dee" Kastner and her challenger, Pim Sorel, met at the fairground.\n\n'
            'Kastner said the jail budget was "a scandal."\n\n"The numbers do not lie," she added.\n\n'
            'Sorel disagreed. "The numbers were cooked," he said.',
            ["Edwina Kastner", "Edwina Kastner", "Pim Sorel"],
        ),
        # Not changed: a one-word nickname, a quoted phrase of four words after a name.
        ('The mill belongs to Rolf "Tiny" Pennock. "We will reopen," Pennock said.', ["Rolf Pennock"]),
        (
            'Una Wick "Not On My Watch" Ferro stayed silent.\n\n"We will reopen," Ferro said.',
            ["Ferro"],
        ),
    ],
)
def test_a_two_word_nickname_inside_a_name(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A run-in head in markdown stars ends its sentence: the next sentence's subject is found.
        (
            "Abel Brisco opened Tuesday's debate by attacking Tobias Okonjo. \"There is no plan "
            'here," Brisco told the hall.\n\n**On fees.** Okonjo would double the berth levy, a rise '
            'he calls "long overdue."',
            ["Abel Brisco", "Tobias Okonjo"],
        ),
        (
            "Abel Brisco opened Tuesday's debate by attacking Tobias Okonjo. \"There is no plan "
            'here," Brisco told the hall.\n\n**On fees.** Okonjo wants the levy doubled by spring. "It '
            'is long overdue," he said.',
            ["Abel Brisco", "Tobias Okonjo"],
        ),
        # Not changed: the same head without stars, a star inside a sentence.
        (
            "Abel Brisco opened Tuesday's debate by attacking Tobias Okonjo. \"There is no plan "
            'here," Brisco told the hall.\n\nOn fees. Okonjo would double the berth levy, a rise he '
            'calls "long overdue."',
            ["Abel Brisco", "Tobias Okonjo"],
        ),
        ('Tess Okonjo, an *avid* sailor, said the berths were "long overdue" for repair.', ["Tess Okonjo"]),
    ],
)
def test_a_run_in_head_in_stars_ends_its_sentence(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # `Back at the quay, Reavey …`: "Back" opens a phrase of place, it is no name, and Reavey is the
        # subject a later he goes back to.
        (
            "Gus Reavey, a ferry mechanic, watched from the rail as the harbour master, Lars Fogg, "
            'cut the ribbon. Fogg called the terminal "a fine thing."\n\nBack at the quay, Reavey '
            'lingered. He laughed at the delay and said it was "part of the job."',
            ["Lars Fogg", "Gus Reavey"],
        ),
        (
            "Gus Reavey, a ferry mechanic, watched from the rail as the harbour master, Lars Fogg, "
            'cut the ribbon. Fogg called the terminal "a fine thing."\n\nBack in Dunmere, Reavey '
            'lingered. He laughed at the delay and said it was "part of the job."',
            ["Lars Fogg", "Gus Reavey"],
        ),
        # Not changed: a tag after such an opener, a pronoun after it, a colon after a linked opener.
        ('Back at the depot, Lin Fogg called the timetable "a work of fiction."', ["Lin Fogg"]),
        (
            'Lin Fogg arrived late. Back at the depot, she called the timetable "a work of fiction."',
            ["Lin Fogg"],
        ),
        (
            'Lin Fogg toured the wharves.\n\nAnd back in her office, she was blunt: "It needs money."',
            ["Lin Fogg"],
        ),
    ],
)
def test_back_opens_a_phrase_not_a_name(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # Words charged to a named object (`accused Hibbert of having called …`) are the object's.
        (
            "In a new mailer, the Quill campaign accuses Dane Hibbert of having called the nurses "
            '"freeloaders."',
            ["Dane Hibbert"],
        ),
        (
            'Greta Quill went last, and she accused Hibbert of labeling the nurses "a cost to cut."',
            ["Hibbert"],
        ),
        # Not changed: the accuser's own words for the charge, a call for something.
        (
            'During the debate Greta Quill accused Dane Hibbert of being "soft on waste" for years.',
            ["Greta Quill"],
        ),
        ('Greta Quill accused Dane Hibbert of "ducking every debate."', ["Greta Quill"]),
        ('Greta Quill accused Dane Hibbert of calling for "deep cuts" to wards.', ["Greta Quill"]),
    ],
)
def test_words_charged_to_the_accused_are_theirs(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # Two people charged with a naming used the words together; the accuser only reports them.
        (
            'Nia Pell accused Dowd and Farrant of calling the depot "a waste of land" last spring.',
            ["Dowd and Farrant"],
        ),
        (
            'Nia Pell accuses Gil Dowd and Rae Farrant of branding the depot "a ghost yard."',
            ["Gil Dowd and Rae Farrant"],
        ),
        # A name followed by "of calling" with no verb that charges it: not the one who called it so.
        ('Nia Pell praised the knack of Farrant of calling tenants "neighbours first."', ["Nia Pell"]),
        # Not changed: one person charged, the accuser's own wording of the charge.
        ('Nia Pell accused Rae Farrant of calling the depot "a ghost yard."', ["Rae Farrant"]),
        ('Nia Pell accused Rae Farrant of being "asleep at the wheel."', ["Nia Pell"]),
    ],
)
def test_the_charge_needs_its_verb_and_keeps_a_pair(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers
