"""A quotation standing as a sentence of its own, tagged by the next sentence pointing back at it
(`"…" Those were the words of Ann Lee.`): invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body

# (no quotation before: a speaker carried over from one would come first)
_BEFORE = "Tom Reed spoke first.\n\n"


def _last_speaker(text: str) -> tuple[str | None, str | None]:
    quote = body(_BEFORE + text)[-1]
    return quote.speaker, None if quote.mention is None else quote.mention.text


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        (
            '"We always said this would be close." Those were the words of campaign manager Ann Lee, '
            "on a call with reporters.",
            "Ann Lee",
            "campaign manager Ann Lee",
        ),
        (
            '"Nobody wants that." The comment came from a committee member, who added that the vote was near.',
            "a committee member",
            "a committee member",
        ),
        ('"We will win." So said Ann Lee, the campaign manager.', "Ann Lee", "Ann Lee"),
        (
            '"I would rather lose." That quote from former mayor Ann Lee appeared on a front page in 1980.',
            "Ann Lee",
            "former mayor Ann Lee",
        ),
        ('"Why now?" The question came from a reporter at the back.', "a reporter", "a reporter"),
    ],
)
def test_a_sentence_naming_the_words_source_tags_them(text: str, speaker: str, mention: str) -> None:
    assert _last_speaker(text) == (speaker, mention)


@pytest.mark.parametrize(
    "text",
    [
        # a document or a speech is no speaker
        '"We the people." Those were the words of the Constitution, read aloud at the rally.',
        '"Hold the line." The words came from a 1998 speech, now framed in the hall.',
        # an answer to a question is somebody else's
        '"Why now?" The answer came from a reporter at the back.',
        # a sentence about something else
        '"We need the money." The money came from donors in the valley.',
        '"Nobody wants that." Ann Lee said that the tax was unfair.',
    ],
)
def test_a_sentence_not_pointing_back_tags_nothing(text: str) -> None:
    # (the speaker of the paragraph before may carry over, as before: none is read after the quote)
    assert all(q.mention is None or q.mention.start < len(_BEFORE) for q in body(_BEFORE + text))


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        ('"We will hold the line." Ann Lee said it again on Tuesday in Elm Falls.', "Ann Lee", "Ann Lee"),
        (
            '"Fill the potholes." Ann Lee said that at a candidates\' forum last week, and she repeated it '
            "in an ad.",
            "Ann Lee",
            "Ann Lee",
        ),
        ('"Ask anybody." He said it twice more before the moderator cut in.', "Tom Reed", "He"),
        (
            '"Not one." Ann Lee repeated it on the tarmac on Tuesday afternoon, a day after the poll.',
            "Ann Lee",
            "Ann Lee",
        ),
        # past a sentence that only says what the words are
        (
            '"We are not taking a single state for granted." It is a line the Elm campaign has leaned on '
            "all week. Ann Lee said it again on Tuesday.",
            "Ann Lee",
            "Ann Lee",
        ),
    ],
)
def test_a_next_sentence_giving_the_words_again_tags_them(text: str, speaker: str, mention: str) -> None:
    assert _last_speaker(text) == (speaker, mention)


@pytest.mark.parametrize(
    "text",
    [
        # new reported speech after "said that" or "said it"
        '"Nobody wants that." Ann Lee said that the tax was unfair and would go.',
        '"Nobody wants that." Ann Lee said it would be repealed within the year.',
        '"Nobody wants that." Ann Lee said that in 2010 voters wanted lower taxes.',
        '"Nobody wants that." Ann Lee said that on Tuesday voters want lower taxes.',
        '"Nobody wants that." Ann Lee said that in the long run voters want lower taxes.',
        '"Nobody wants that." Ann Lee said that, on Tuesday, the tax rose again.',
        # a question is no line to say again
        '"Is the tax fair?" It is a line the campaign hears all week. Ann Lee said it again on Tuesday.',
        # the words' description names a campaign, and no sentence after it tags them
        '"We are not taking a single state for granted." It is a line the Elm campaign has leaned on all week.',
        # the next sentence is about something else
        '"Nobody wants that." The ferry left on Tuesday, and the port closed.',
    ],
)
def test_a_next_sentence_reporting_something_new_tags_nothing(text: str) -> None:
    assert all(q.mention is None or q.mention.start < len(_BEFORE) for q in body(_BEFORE + text))


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        ('"We will win." That was how Ann Lee put it.', "Ann Lee", "Ann Lee"),
        ('"Why now?" That is how Ann Lee put it to the board.', "Ann Lee", "Ann Lee"),
        (
            '"Fix the streets." That is Ann Lee\'s answer, most days, when someone asks why she runs.',
            "Ann Lee",
            "Ann Lee's",
        ),
        (
            '"Fix the streets." It is the whole of Councilwoman Ann Lee\'s answer, most days.',
            "Ann Lee",
            "Councilwoman Ann Lee's",
        ),
        ('"Fix the streets." Those were Ann Lee\'s words on Tuesday.', "Ann Lee", "Ann Lee's"),
    ],
)
def test_a_next_sentence_saying_whose_words_they_are_tags_them(text: str, speaker: str, mention: str) -> None:
    assert _last_speaker(text) == (speaker, mention)


@pytest.mark.parametrize(
    "text",
    [
        '"Fix the streets." That is how Ann Lee is campaigning in the valley.',
        '"Fix the streets." That was what Ann Lee wanted to hear.',
        '"Fix the streets." That is the end of Ann Lee\'s answer.',
        '"Fix the streets." That was the sign on Ann Lee\'s lawn.',
        # an answer to a question is somebody else's
        '"Why now?" That was Ann Lee\'s answer.',
    ],
)
def test_a_next_sentence_about_someone_else_s_doing_tags_nothing(text: str) -> None:
    assert all(q.mention is None or q.mention.start < len(_BEFORE) for q in body(_BEFORE + text))


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        (
            '"I have built more than your whole town. Ask anybody."\n\n'
            "He said it twice more before the moderator, Jana Whit, cut in.",
            "Tom Reed",
            "He",
        ),
        (
            '"Fill the potholes now. The city cannot wait."\n\nAnn Lee said it again at a forum on Tuesday.',
            "Ann Lee",
            "Ann Lee",
        ),
    ],
)
def test_a_next_paragraph_giving_the_words_again_tags_them(text: str, speaker: str, mention: str) -> None:
    quote = body("Tom Reed spoke first.\n\n" + text)[-1]
    assert (quote.speaker, quote.mention and quote.mention.text) == (speaker, mention)


@pytest.mark.parametrize(
    "text",
    [
        '"Fill the potholes now. The city cannot wait."\n\nAnn Lee said that the tax was unfair.',
        '"Fill the potholes now. The city cannot wait," she wrote.\n\nAnn Lee said it again on Tuesday.',
        '"Fill the potholes now. The city cannot wait." The crowd cheered.\n\nAnn Lee said it again on Tuesday.',
    ],
)
def test_a_next_paragraph_reporting_something_new_tags_nothing(text: str) -> None:
    quote = body("Tom Reed spoke first.\n\n" + text)[0]
    assert quote.mention is None or "Ann Lee" not in quote.mention.text


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text) if quote.speaker is not None]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a quote with a speaker of its own sentence or paragraph keeps it (review44b #1)
        (
            '"We will not back down," the mayor said. "Not ever." Reed said it again on Tuesday.',
            ["the mayor", "the mayor"],
        ),
        (
            '"We will not back down," said Ann Lee. "The levy stays." Tom Reed said that at a rally last week.',
            ["Ann Lee", "Ann Lee"],
        ),
        (
            '"We will not back down," Ann Lee said. "Ever." Those were the words of Tom Reed in 1990.',
            ["Ann Lee", "Ann Lee"],
        ),
        ('Ann Lee, the mayor, spoke: "We will not back down." Reed said it again on Tuesday.', ["Ann Lee"]),
        # a person before the quote in its paragraph is no one the pointing sentence may overrule (#2)
        (
            'Tom Reed was angry. "It is a disgrace," he said.\n\nAnn Lee, his rival, smiled. "We will not '
            'back down. The levy stays."\n\nReed said it again on Tuesday.',
            ["Tom Reed", None],
        ),
        (
            'Tom Reed, the councillor, walked out.\n\nAnn Lee was undaunted. "We will not back down."\n\n'
            "He said it twice more before the vote.",
            [None],
        ),
        (
            'Councillor Tom Reed walked out. "It is a disgrace," he said.\n\nMayor Ann Lee disagreed. "We need '
            'the money."\n\nReed said it twice more before the vote.',
            ["Tom Reed", None],
        ),
        # places and firms are no speakers (#3)
        ('"It is a disgrace." The warning came from Washington.', [None]),
        ('"It is a disgrace." The warning came from Microsoft.', [None]),
        ('"It is a disgrace." The words came from Lincoln.', [None]),
        ('"It is a disgrace." The message came from Pelby Police.', [None]),
        # who writes the words down need not have said them (#4)
        ('"We will not back down." Her aide Tom Reed wrote it on a whiteboard.', [None]),
        ('"We will not back down." Tom Reed posted it on Tuesday.', [None]),
        # a singular pointer after two quotes gives the first to nobody else (#5)
        (
            'Councillor Tom Reed opposed the plan. "It is a disgrace." "It will pass." The comment came from '
            "Ann Lee.",
            [None, None],
        ),
    ],
)
def test_a_pointing_sentence_gives_no_quote_to_a_wrong_person(text: str, speakers: list[str | None]) -> None:
    # (an unattributed quote too short to keep may be left out: only the speakers given are compared)
    assert _speakers(text) == [s for s in speakers if s is not None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will not back down." Those were the words of Mayor Ann Lee.', "Ann Lee"),
        ('"We will not back down." The comment came from Ann Lee.', "Ann Lee"),
        ('"We will not back down." Ann Lee said it again on Tuesday.', "Ann Lee"),
        ('"We will not back down." The warning came from a senior aide.', "a senior aide"),
    ],
)
def test_a_quote_alone_still_takes_its_pointing_sentence(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the paragraph's subject before the quote, named again
        ('Ann Lee was undaunted. "We will not back down." Ann Lee said it again on Tuesday.', "Ann Lee"),
        ('Mayor Ann Lee disagreed. "We need the money."\n\nAnn Lee said it twice more.', "Ann Lee"),
        # no person before the quote: a setting, a dateline
        (
            'With the vote near, the hall went quiet. "We will not back down." Ann Lee said it again.',
            "Ann Lee",
        ),
        ('ELM FALLS, Pelby - "Fix the streets." It is the whole of Ann Lee\'s answer, most days.', "Ann Lee"),
    ],
)
def test_a_pointing_sentence_may_name_the_paragraph_s_own_subject(text: str, speaker: str) -> None:
    assert _speakers("Tom Reed spoke first.\n\n" + text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        'Ann Lee was undaunted. "We will not back down." Tom Reed said it again on Tuesday.',
        'The mayor was undaunted. "We will not back down." Tom Reed said it again on Tuesday.',
        'She was undaunted. "We will not back down."\n\nTom Reed said it twice more before the vote.',
        # (a pronoun is not read back to the subject: it may be anyone's)
        'Ann Lee was undaunted. "We will not back down."\n\nHe said it twice more before the vote.',
    ],
)
def test_a_pointing_sentence_naming_another_than_the_subject_tags_nothing(text: str) -> None:
    assert _speakers(text) == []


def test_a_fragment_inside_a_sentence_takes_no_pointing_sentence() -> None:
    text = 'The union called the plan "a disgrace to the town." The comment came from Ann Lee.'
    assert "Ann Lee" not in _speakers(text)


def test_a_later_quote_s_own_tag_does_not_stop_the_pointing_sentence() -> None:
    text = '"We will not back down." The comment came from Ann Lee, who added that "the levy stays."'
    assert _speakers(text)[:1] == ["Ann Lee"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a lone surname is a person's when the article names that person in full
        ('Ann Lee flew in.\n\n"We will not back down." Lee said it again on Tuesday.', ["Ann Lee"]),
        ('"It is a disgrace." The words came from Lincoln.\n\nAnn Lee was in Lincoln.', []),
        ('"It is a disgrace." The words came from Pelby.\n\nGov. Ann Lee of Pelby was there.', []),
    ],
)
def test_a_lone_surname_needs_the_person_named_in_full(text: str, speakers: list[str]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a speaker carried on from an earlier paragraph or sentence and a pointing sentence naming
        # another disagree: nobody (review46, review50), never a guess against the text
        (
            '"The budget is balanced," Mayor Ann Lee said on Monday.\n\n'
            '"We will cut five thousand jobs." The line came from Sen. Tom Reed.',
            ["Ann Lee", None],
        ),
        (
            '"The budget is balanced," Mayor Ann Lee said on Monday.\n\n'
            '"We will cut five thousand jobs." That was how Sen. Tom Reed put it.',
            ["Ann Lee", None],
        ),
        (
            'Mayor Ann Lee said: "The plan will fail."\n\n'
            '"We will cut five thousand jobs." The line came from Sen. Tom Reed.',
            ["Ann Lee", None],
        ),
        (
            'According to Mayor Ann Lee, the plan failed. "We will cut five thousand jobs." '
            "Those were the words of Sen. Tom Reed.",
            [None],
        ),
        # a second speaker (`as well`, `too`) or a pronoun leaves the carried-on speaker (review48)
        (
            '"We will not abandon the valley," Tom Reed said.\n\n'
            '"Nobody should lose a farm over a permit." The line came from Ann Lee as well.',
            ["Tom Reed", "Tom Reed"],
        ),
        (
            '"We will not abandon the valley," Tom Reed said.\n\n'
            '"Nobody should lose a farm over a permit." That was how Ann Lee put it too.',
            ["Tom Reed", "Tom Reed"],
        ),
        (
            '"We will not abandon the valley," Tom Reed said.\n\n'
            '"Nobody should lose a farm over a permit." That was how she put it.',
            ["Tom Reed", "Tom Reed"],
        ),
        (
            '"The budget is balanced," Mayor Ann Lee said on Monday.\n\n'
            '"We will cut five thousand jobs." The line came from Sen. Tom Reed\'s memoir.',
            ["Ann Lee", None],
        ),
        (
            '"The budget is balanced," Mayor Ann Lee said on Monday.\n\n'
            '"We will cut five thousand jobs." Lee said it again on Tuesday.',
            ["Ann Lee", "Ann Lee"],
        ),
        # a pronoun or description carried on cannot be told from the name: the guess stands; two
        # given names before one surname are two people (review52)
        (
            '"The fund is empty and has been for a year," said Tom Reed. "It is gone now," he added.\n\n'
            '"We will borrow again until the banks say no." The line came from Tom Reed.',
            ["Tom Reed"] * 3,
        ),
        (
            '"The budget is balanced," Mayor Ann Lee said on Monday.\n\n'
            '"We will cut five thousand jobs." That was how the mayor put it.',
            ["Ann Lee"] * 2,
        ),
        (
            '"The fund is empty and has been for a year," Tom Reed said. His sister, Ann Reed, runs the council.\n\n'
            '"We will borrow again until the banks say no." The line came from Ann Reed.',
            ["Tom Reed", None],
        ),
        # the quote's own paragraph tags it: they stay
        (
            '"We will not back down," Mayor Ann Lee said. "Not ever." Reed said it again on Tuesday.',
            ["Ann Lee"] * 2,
        ),
        ('Mayor Ann Lee spoke: "We will not back down." Tom Reed said it again on Tuesday.', ["Ann Lee"]),
    ],
)
def test_a_pointing_sentence_against_a_speaker_guessed_from_before_leaves_nobody(
    text: str, speakers: list[str | None]
) -> None:
    assert [q.speaker for q in body(text)] == speakers
