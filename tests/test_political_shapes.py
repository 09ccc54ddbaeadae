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
        # subject tells reporters.
        (
            "Dora Lomax spoke first. The mayor's aide, Ada Frisk, shared Lomax's first post and told "
            'reporters that "it was a mistake."',
            ["Ada Frisk"],
        ),
        (
            "Dora Lomax spoke first. The mayor's aide, Ada Frisk, read Lomax's last post and told "
            'reporters that "it was a mistake."',
            ["Ada Frisk"],
        ),
        # Not changed: an adverb between a speaker and a form of speech, a possessor's aide speaking.
        ('Lee first posts that the vote was "close".', ["Lee"]),
        ('Lee also notes that the vote was "close".', ["Lee"]),
        ('Lee\'s aide also notes that the vote was "close".', ["Lee's aide"]),
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
        ('"Stocks are thin," Harlan\'s again reports.', "cue-after"),
        # Not changed: a word that may qualify the noun keeps the noun reading.
        ('"Stocks are thin," Harlan\'s first reports.', "loose-tag"),
    ],
)
def test_a_firm_in_the_possessive_tags_with_an_adverb(text: str, evidence: str) -> None:
    assert [quote.evidence for quote in body(text)] == [evidence]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A nickname of two words inside a name: the name keeps its given name, and with it a gender.
        (
            'Harold "Big Hal" Brannick, the Unity nominee, faces a rival.\n\n"We will win," Brannick said.',
            ["Harold Brannick"],
        ),
        (
            'Harold "Big Hal" Brannick, the Unity nominee, calls his opponent Doc. She — state Sen. Olive '
            'Marchetti-Dunn — calls him Coach.\n\nMarchetti-Dunn said the plan "sounds great."\n\nBrannick '
            'said the deal had been approved by "a board."\n\n"I was one vote of seven," he said.\n\n'
            '"I was counting, Coach," she replied.',
            ["Olive Marchetti-Dunn", "Harold Brannick", "Harold Brannick", "Olive Marchetti-Dunn"],
        ),
        # Not changed: a one-word nickname, a quoted phrase of three words after a name.
        ('Juan "Kiko" Arleth won.\n\n"We will win," Arleth said.', ["Juan Arleth"]),
        ('Ann Lee "Never Again Ever" Park said nothing.\n\n"We will win," Park said.', ["Park"]),
    ],
)
def test_a_two_word_nickname_inside_a_name(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A run-in head in markdown stars ends its sentence: the next sentence's subject is found.
        (
            'Ivo Marsh has a plan. Tom Vail spoke first. "He will call people," Vail said.\n\n'
            '**The roads part.** Marsh would spend $1 billion on roads, which he says are "falling apart."',
            ["Tom Vail", "Ivo Marsh"],
        ),
        (
            'Ivo Marsh has a plan. Tom Vail spoke first. "He will call people," Vail said.\n\n'
            '**The roads part.** Marsh wants new bridges. "They are falling apart," he said.',
            ["Tom Vail", "Ivo Marsh"],
        ),
        # Not changed: the same without stars, a star inside a sentence.
        (
            'Ivo Marsh has a plan. Tom Vail spoke first. "He will call people," Vail said.\n\n'
            'The roads part. Marsh would spend $1 billion on roads, which he says are "falling apart."',
            ["Tom Vail", "Ivo Marsh"],
        ),
        ('Ivo Marsh, a *very* keen cyclist, said the roads were "falling apart."', ["Ivo Marsh"]),
    ],
)
def test_a_run_in_head_in_stars_ends_its_sentence(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # `Back outside, Tandy …`: "Back" opens a phrase of place, it is no name, and Tandy is the
        # subject a later he goes back to.
        (
            "Rob Tandy, 44, a welder, stood near the front.\n\nCurt Mayo was pleased. "
            '"It was big," Mayo said.\n\nBack outside, Tandy was still there. He had not gotten in. '
            'He said he did not mind. "I heard it on the speakers."',
            ["Curt Mayo", "Rob Tandy"],
        ),
        (
            "Rob Tandy, 44, a welder, stood near the front.\n\nCurt Mayo was pleased. "
            '"It was big," Mayo said.\n\nBack home in Reno, Tandy waited. He had not gotten in. '
            'He said he did not mind. "I heard it on the speakers."',
            ["Curt Mayo", "Rob Tandy"],
        ),
        # Not changed: a tag after such an opener, a pronoun after it, a colon after a linked opener.
        ('Back home, Ann Lee said the vote was "a mess."', ["Ann Lee"]),
        ('Ann Lee spoke. Back home, she said the vote was "a mess."', ["Ann Lee"]),
        ('Ann Lee spoke abroad.\n\nBut back home, she went on: "We will win."', ["Ann Lee"]),
    ],
)
def test_back_opens_a_phrase_not_a_name(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # Words charged to a named object (`accused Roe of having called …`) are the object's.
        (
            'Ivo Marsh accused Tom Ekberg of having called voters "suckers" in a 2012 interview.',
            ["Tom Ekberg"],
        ),
        ('Ivo Marsh spoke. He accused Tom Ekberg of calling voters "suckers."', ["Tom Ekberg"]),
        # Not changed: the accuser's own words for the charge, a call for something.
        ('Ivo Marsh accused Tom Ekberg of being "a liar."', ["Ivo Marsh"]),
        ('Ivo Marsh accused Tom Ekberg of "lying to voters."', ["Ivo Marsh"]),
        ('Ivo Marsh accused Tom Ekberg of calling for "a purge."', ["Ivo Marsh"]),
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
