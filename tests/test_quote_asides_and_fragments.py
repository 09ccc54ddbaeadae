"""Speakers read past things the phrase reader stops at, on invented sentences: a name whose verb
is no reporting verb before a colon, and a title or slogan quoted inside the speaker's aside."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def speakers(text: str) -> list[tuple[str, str | None, str]]:
    return [(q.text, q.mention.text if q.mention else None, q.evidence) for q in body(text)]


STATEMENT = "Every nurse in this county deserves a rent she can pay on one salary."


@pytest.mark.parametrize(
    "lead",
    [
        "From ward to ward, Ivo Marsh campaigns for cheaper flats:",
        "At each meeting of the board, Ivo Marsh makes one demand:",
        "But from ward to ward, Ivo Marsh gives the audience a short answer:",
    ],
)
def test_a_name_and_its_verb_before_a_colon_lead_into_the_quote(lead: str) -> None:
    assert speakers(f'{lead} "{STATEMENT}"') == [(STATEMENT, "Ivo Marsh", "colon")]


@pytest.mark.parametrize(
    "lead",
    [
        # a thing, not a person
        "From ward to ward, the housing bill makes the case plainly:",
        # no verb after the name: a list or a heading, not a sentence with a subject
        "From ward to ward, Ivo Marsh and Ada Roe:",
    ],
)
def test_no_speaker_before_a_colon_without_a_person_and_a_verb(lead: str) -> None:
    assert speakers(f'{lead} "{STATEMENT}"') == [(STATEMENT, None, "none")]


@pytest.mark.parametrize(
    ("tag", "mention"),
    [
        (
            'Ohio delegate Bo Varga, wearing a straw hat and "Vote Tamsin" pins, said as the balloons fell.',
            "Ohio delegate Bo Varga",
        ),
        ('Bo Varga, the author of "The Long Road," said on Monday.', "Bo Varga"),
    ],
)
def test_a_title_quoted_in_the_speakers_aside_does_not_hide_the_tag(tag: str, mention: str) -> None:
    quotes = speakers(f'The hall emptied early. "We have had better meetings than this one," {tag}')
    # the title itself is nobody's quote
    assert quotes == [("We have had better meetings than this one,", mention, "cue-after")]


def test_a_title_in_double_apostrophes_inside_the_aside() -> None:
    text = "Rain fell. ''We have had better meetings than this one,'' Bo Varga, the author of ''The Long Road,'' said."
    assert speakers(text) == [("We have had better meetings than this one,", "Bo Varga", "cue-after")]


def test_a_long_quotation_after_the_aside_is_no_title() -> None:
    # The second quotation is a statement of its own: the first has no tag to read past it.
    text = (
        'Rain fell. "We have had better meetings than this one," Bo Varga, who wrote "nobody should ever '
        'have to sit through a meeting like this one again in his whole life," said.'
    )
    assert speakers(text)[0][1] is None


STATEMENT_2 = "Board members would be wise to take a smaller grant now rather than none later."


@pytest.mark.parametrize(
    "lead",
    [
        'As Ivo Marsh, professor of law at Dunmore and author of "The Unwritten Rules," put it,',
        "As Ivo Marsh, professor of law at Dunmore and author of ''The Unwritten Rules,'' put it,",
        'Ivo Marsh, the author of "The Long Road," told the panel that',
    ],
)
def test_a_title_quoted_in_the_aside_before_the_verb_keeps_the_subject(lead: str) -> None:
    quote = [q for q in speakers(f"Judges disagree. {lead} ''{STATEMENT_2}''") if q[0] == STATEMENT_2]
    quote += [q for q in speakers(f'Judges disagree. {lead} "{STATEMENT_2}"') if q[0] == STATEMENT_2]
    assert {(mention, evidence) for _, mention, evidence in quote} == {("Ivo Marsh", "cue-before")}


def test_a_quotation_between_a_subject_and_its_verb_still_hands_the_tag_on() -> None:
    # No comma of the text sets the quotation off as an aside: Roe says the rest.
    text = 'Judges disagree. Lee "was wrong," said Roe, "and everybody in this town knows it by now."'
    assert [q[1] for q in speakers(text)] == ["Roe", "Roe"]


def test_an_excerpt_followed_by_its_link_is_no_speech() -> None:
    text = (
        "Museum to close, by the Dunmore Herald's Ada Roe: \"The Quarry Museum, which opened in 1961, "
        'will close at the end of May after losing its lease." http://example.com/q1. More news below.'
    )
    assert body(text) == []


def test_a_slogan_dated_in_brackets_is_no_speech() -> None:
    text = (
        'The party\'s posters drew protests. "Close the borders now, yes to the wall initiative" (2008) '
        "was followed by others."
    )
    assert body(text) == []


def test_a_statement_with_its_own_tag_before_a_link_is_kept() -> None:
    text = 'Ada Roe said: "The museum will close at the end of May after losing its lease." http://example.com/q1'
    assert [q.mention.text if q.mention else None for q in body(text)] == ["Ada Roe"]


@pytest.mark.parametrize(
    ("signature", "mention"),
    [
        ("-President Ivo Marsh, tweeting after the speech.", "President Ivo Marsh"),
        ("- Ada Roe, Dover.", "Ada Roe"),
    ],
)
def test_a_signature_may_go_on_with_a_place_or_a_participle(signature: str, mention: str) -> None:
    text = (
        f'Quotable. "Late trains are a daily story for our riders, and the delays have to end." {signature}'
    )
    assert speakers(text) == [
        (
            "Late trains are a daily story for our riders, and the delays have to end.",
            mention,
            "signature",
        )
    ]


@pytest.mark.parametrize("after", ["- Democrats, however, disagree.", "- Ada Roe, however, disagrees."])
def test_a_sentence_going_on_after_the_dash_is_no_signature(after: str) -> None:
    text = f'Rain fell. "Late trains are a daily story for our riders, and the delays have to end" {after}'
    assert [q[1] for q in speakers(text)] == [None]


VERDICT = "Dunmore has picked the winner of every race for the council since 1950."


@pytest.mark.parametrize(
    ("lead", "mention"),
    [
        ("That streak prompted Ivo Marsh to write,", "Ivo Marsh"),
        ("That streak prompted Ivo Marsh, who keeps the records, to write,", "Ivo Marsh"),
        # An object pronoun or a described object is moved to speak too, not the cause.
        ("That streak led her to write,", "her"),
        ("That streak prompted the old clerk to write,", "the old clerk"),
        (
            "The chart was copied widely, leading council clerks like Ivo Marsh to reply that",
            "council clerks like Ivo Marsh",
        ),
    ],
)
def test_the_one_a_cause_moves_to_speak_is_the_speaker(lead: str, mention: str) -> None:
    assert [q[1] for q in speakers(f'The count was slow. {lead} "{VERDICT}"')] == [mention]


def test_one_asked_to_speak_is_not_taken_for_the_speaker() -> None:
    # Asking someone to say a thing reports the request, not what was said.
    text = f'The count was slow. The panel asked Ivo Marsh to write, "{VERDICT}"'
    assert [q[1] for q in speakers(text)] == ["The panel"]


def test_a_fragment_in_the_sentence_after_a_report_carries_the_report_on() -> None:
    text = (
        "Ivo Marsh said small shops are closing faster than ever. A few can still do well, "
        'but mostly where "the owner knows every customer by name."'
    )
    assert speakers(text) == [("the owner knows every customer by name.", "Ivo Marsh", "previous-sentence")]


@pytest.mark.parametrize(
    "text",
    [
        # the fragment's own sentence says what quotes it
        "Ada Roe posted a photo of her son on Monday. The caption quotes the old line "
        '"nothing is ever lost for good in the end" in full.',
        # the phrase read as the speaker before is no person
        "A good share of the workers from the coast admitted to the union have been fishermen. And while "
        'most are young, it fits, since "it is a fishing town and most of the people there fish."',
    ],
)
def test_a_fragment_after_a_report_is_left_alone_when_the_cue_is_doubtful(text: str) -> None:
    assert [q[1] for q in speakers(text)] == [None]


@pytest.mark.parametrize(
    "tag",
    [
        "a notice on the club's door reads.",
        "an expert on river fishing said.",
        "a spokeswoman for a group acting on behalf of Dunmore said.",
    ],
)
def test_a_speaker_completed_by_a_phrase_with_on_before_the_tag_verb(tag: str) -> None:
    text = f'The lake froze late. "Whether the season is won or lost will be settled in the next six weeks," {tag}'
    assert [q[1] for q in speakers(text)] == [tag.rsplit(" ", 1)[0]]


@pytest.mark.parametrize(
    "sentence",
    [
        # a fragment opening its sentence, the tag after the next fragment
        '"The old mill will not reopen" this year but may "find a buyer by the spring," he said.',
        # a fragment inside its sentence, the tag closing it after a later fragment
        'Trade was "slow for most of the winter" while growers waited for a "settled price" to come back, he said.',
    ],
)
def test_a_fragment_takes_the_tag_closing_its_own_sentence_over_the_sentence_before(sentence: str) -> None:
    text = f"Ada Roe said the valley has lost half its jobs. {sentence}"
    assert [q[1] for q in speakers(text)] == ["he", "he"]
