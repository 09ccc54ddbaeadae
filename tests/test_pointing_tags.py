"""A quotation standing as a sentence of its own, tagged by the next sentence pointing back at it
(`"…" Those were the words of Ann Lee.`): invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body

_BEFORE = 'Tom Reed spoke first. "We are ready," he said.\n\n'


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
    quote = body(_BEFORE + text)[-1]
    assert quote.mention is None or quote.mention.start < len(_BEFORE)


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
    quote = body(_BEFORE + text)[-1]
    assert quote.mention is None or quote.mention.start < len(_BEFORE)


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
    quote = body(_BEFORE + text)[-1]
    assert quote.mention is None or quote.mention.start < len(_BEFORE)


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        (
            'Lyle Brand waved a hand. "I have built more than your whole town. Ask anybody."\n\n'
            "He said it twice more before the moderator, Jana Whit, cut in.",
            "Lyle Brand",
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
