"""Finding quotations and telling direct from partial ones, on invented newsroom sentences."""

from __future__ import annotations

import pytest

from osceq.extract.quotemarks import pair_marks
from tests.quote_helpers import body


def kinds(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.kind) for q in body(text)]


@pytest.mark.parametrize(
    "text",
    [
        # A show's title in the tag's sentence is no fragment of the statement the tag introduces.
        'On Channel Nine\'s "Morning Report" on Monday, she said, "We never promised to pay for it."',
        'Speaking to "City Talk Tonight" after the vote, Ana Brun said, "We never promised to pay for it."',
    ],
)
def test_a_title_sharing_the_tag_leaves_the_statement_direct(text: str) -> None:
    assert kinds(text) == [("We never promised to pay for it.", "direct")]


@pytest.mark.parametrize(
    "text",
    [
        # "On" opening the sentence names the show as surely as "on" inside it.
        'On Channel Nine\'s "Morning Report," Ana Brun said the figure was wrong.',
        # After a broadcaster's possessive, one capitalised word names a show.
        'Tuesday on the Ledger News Channel\'s "Newsroom," Ana Brun said the figure was wrong.',
        "Ana Brun told KTVX's “Sunrise” on Monday that the figure was wrong.",
        "Speaking on the network’s “Daybreak,” Ana Brun said the figure was wrong.",
    ],
)
def test_a_show_named_where_somebody_spoke_is_no_quote(text: str) -> None:
    assert body(text) == []


def test_a_capitalised_word_after_a_persons_possessive_stays_a_quote() -> None:
    text = "Ana Brun hit back on Ivo Marsh's “Hypocrite” jibe, saying it was wrong."
    assert [q.text for q in body(text)] == ["Hypocrite"]


@pytest.mark.parametrize(
    "text",
    [
        # A verb after the title with a noun phrase after it reads like a tag, but it is the sentence's.
        "Ana Brun, host of KTVX’s “Morning Desk,” suggested council member Ivo Marsh’s refusal to resign "
        "could cost him the seat.",
        'Ivo Marsh, a producer of the Ledger Channel\'s "Harbour Lights," suggested council member Ana '
        "Brun's plan to cut the budget would end the show.",
    ],
)
def test_a_show_of_a_broadcaster_is_no_quote_whatever_cue_follows(text: str) -> None:
    assert body(text) == []


def summary(text: str) -> list[tuple[str, str, str | None, str]]:
    return [(q.text, q.kind, q.mention.text if q.mention else None, q.evidence) for q in body(text)]


STATEMENT = '"We need someone who is going to cut through the noise and bring people together."'


def test_a_statement_alone_after_a_paragraph_of_reported_speech_carries_it_on() -> None:
    text = "Ana Brun praised the mayor's record on the harbour and his work on the budget.\n\n" + STATEMENT
    assert summary(text) == [(STATEMENT.strip('"'), "partial", "Ana Brun", "reported-before")]


@pytest.mark.parametrize(
    "text",
    [
        # No reporting cue in the paragraph before.
        "Ana Brun arrived at the harbour on Monday with the mayor.\n\n" + STATEMENT,
        # The statement does not stand alone on its line.
        "Ana Brun praised the mayor's record on the harbour.\n\n" + STATEMENT + " The vote is on Friday.",
        # The paragraph before has quotes of its own, whose speaker may differ.
        'Ana Brun praised the "steady hand" of the mayor, as Ivo Marsh noted.\n\n' + STATEMENT,
    ],
)
def test_a_statement_takes_no_speaker_from_a_paragraph_without_a_plain_cue(text: str) -> None:
    assert [evidence for *_, evidence in summary(text)][-1] != "reported-before"


def test_a_fragment_shares_the_speaker_of_a_quote_earlier_in_its_sentence() -> None:
    text = (
        '"We will rebuild the pier," said Ana Brun. "This was a plan of the council" and its staff '
        '"just quietly deciding to spend the money on the harbour."'
    )
    assert [q.mention.text if q.mention else None for q in body(text)] == ["Ana Brun"] * 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A statement closed with a single mark by mistake ends there, not at the paragraph's end.
        (
            "Ana Brun tweeted: “Let’s row. We can take this.’ Brun was in the hall. She starred in “Harbour Days.”",
            ["Let’s row. We can take this.", "Harbour Days."],
        ),
        ("Ana Brun wrote: “We did it!’ The hall cheered.", ["We did it!"]),
        # A single mark closing a nested single quotation is no stray: the statement runs on.
        (
            "Ana Brun said: “We told them, ‘Go home.’ Then we left, and the talks went on",
            ["We told them, ‘Go home.’ Then we left, and the talks went on"],
        ),
        # Nor is a mark after an initialism's full stop.
        (
            "Ana Brun said: “We won in the U.S.’ Senate race and more",
            ["We won in the U.S.’ Senate race and more"],
        ),
    ],
)
def test_a_stray_single_closing_mark_ends_an_open_double_quotation(text: str, expected: list[str]) -> None:
    assert [text[p.open_end : p.close_start] for p in pair_marks(text, 0, len(text))] == expected


def test_a_statement_closed_with_the_wrong_mark_does_not_swallow_its_paragraph() -> None:
    text = "Ana Brun tweeted: “Let’s row. We can take this.’ Brun was in the hall for the vote on Tuesday."
    assert [(q.text, q.kind) for q in body(text)] == [("Let’s row. We can take this.", "direct")]


@pytest.mark.parametrize(
    "text",
    [
        "“We will win this,” said Ana Brun.\n\n‘A slog from dawn to dusk, every day.’\n\nThe vote took all night.",
        "“We will win this,” said Ana Brun.\n\n'Nobody knew the harbour plan would cost this much.'\n\nThe vote came late.",
    ],
)
def test_a_line_that_is_only_a_single_quoted_phrase_is_a_subhead(text: str) -> None:
    # The story quotes in double marks, so single marks are headline style.
    text += " “It went well,” Brun said."
    assert [q.text for q in body(text)] == ["We will win this,", "It went well,"]


def test_single_marks_inside_a_sentence_still_quote() -> None:
    text = "Ana Brun called the talks ‘a slog from dawn to dusk’ on Monday."
    assert [q.text for q in body(text)] == ["a slog from dawn to dusk"]


def test_a_single_quoted_line_in_a_story_quoting_in_single_marks_is_a_statement() -> None:
    # British style quotes in single marks: a line of its own carries the speaker on.
    text = (
        "‘We will win this,’ said Ana Brun.\n\n‘Nobody knew the harbour plan would cost this much.’\n\n"
        "The vote came late, and ‘the council’ was split."
    )
    assert [(q.text, q.speaker) for q in body(text)][:2] == [
        ("We will win this,", "Ana Brun"),
        ("Nobody knew the harbour plan would cost this much.", "Ana Brun"),
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # The sentence before is reported speech with no quotation: the quote carries it on.
        (
            'The vote was close. Ana Brun added that the harbour plan had failed. "Nobody on the council '
            'read the report before the vote."',
            "partial",
        ),
        # The sentence before is only the tag of a quote before it: the next quote stands on its own.
        ('"Is that all?" Ana Brun asked. "Nobody on the council read the report before the vote."', "direct"),
    ],
)
def test_a_quote_after_a_sentence_of_reported_speech_is_partial(text: str, kind: str) -> None:
    last = body(text)[-1]
    assert (last.text, last.kind, last.evidence) == (
        "Nobody on the council read the report before the vote.",
        kind,
        "previous-sentence",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Wire copy that typed a double mark for every apostrophe: no quotation opens inside a word.
        (
            'The radio said Ivo Marsh briefed the country"s parties. "We call on our neighbours to talk," he said.',
            ["We call on our neighbours to talk,"],
        ),
        (
            '"We don"t believe there is a problem," Marsh said. "It isn"t fair."',
            [
                'We don"t believe there is a problem,',
                'It isn"t fair.',
            ],
        ),
        ('<Marsh Bank>"s chief said: "We are not done."', ["We are not done."]),
        # A mark against a word that is no contraction's end still opens (a space left out).
        ('Marsh said"We will go on," and left.', ["We will go on,"]),
    ],
)
def test_a_double_mark_inside_a_word_is_an_apostrophe(text: str, expected: list[str]) -> None:
    assert [text[p.open_end : p.close_start] for p in pair_marks(text, 0, len(text))] == expected


def test_inch_mark_after_feet_closes_no_quotation() -> None:
    text = (
        "“He teases me about my height all day. Fine, he beats me by a head; he is about 6’3”,” Reno said "
        "on Tuesday.\n\n"
        "“But his coat still hangs on him as if he were 5’7”. Go and look at the photos.”"
    )
    assert [(q.text, q.mention.text if q.mention else None) for q in body(text)] == [
        ("He teases me about my height all day. Fine, he beats me by a head; he is about 6’3”,", "Reno"),
        ("But his coat still hangs on him as if he were 5’7”. Go and look at the photos.", "Reno"),
    ]


def test_title_named_as_a_work_is_no_quote() -> None:
    text = (
        'The harbour closed in 1961, Ada Perrin said in her 2014 book, "A Quiet Shore." She later '
        'starred in the documentary "Perrin." Her brother wrote "Salt and Iron," a memoir of the '
        'docks. She wrote in her book, "We never gave up on the harbour and we never will."'
    )
    assert [q.text for q in body(text)] == ["We never gave up on the harbour and we never will."]


def test_opener_typed_twice_is_one_opening_mark() -> None:
    tagged = 'Tax rose.\n\n"“We will cut the tax again next year and the year after that,” Ann Roe said.'
    alone = "Tax rose.\n\nAnn Roe wrote:\n\n““We will protect the harbour and every town along it.”"
    assert [(q.text, q.kind, q.mention.text if q.mention else None) for q in body(tagged)] == [
        ("We will cut the tax again next year and the year after that,", "direct", "Ann Roe")
    ]
    assert [q.text for q in body(alone)] == ["We will protect the harbour and every town along it."]


def test_opener_ending_its_paragraph_closes() -> None:
    text = "Tax rose.\n\n“We will win the vote,” Ann Roe said. “The town can see that. “\n\nThe end."
    assert [q.text for q in body(text)] == ["We will win the vote,", "The town can see that."]
