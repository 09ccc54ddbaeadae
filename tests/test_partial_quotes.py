"""Partial quotations (a fragment inside reported speech) and who said them, on invented sentences."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def fragment_speakers(text: str) -> list[tuple[str, str, str | None, str]]:
    return [(q.text, q.kind, q.speaker, q.evidence) for q in body(text)]


@pytest.mark.parametrize(
    ("sentence", "fragment", "evidence"),
    [
        # a form that is mostly a noun is the verb right after "who"
        (
            'Orla Benn, who claims that the ferry "runs on hope" most winters, quit.',
            "runs on hope",
            "cue-before",
        ),
        # and as an infinitive of speech after "to"
        ('Orla Benn liked to boast that the ferry "runs on hope" most winters.', "runs on hope", "subject"),
        # and in its -s form after the comma closing an aside beside a name
        (
            'Orla Benn, a harbour pilot, calls the ferry "a floating hope" in winter.',
            "a floating hope",
            "cue-before",
        ),
        (
            'The port chief, Orla Benn, calls the ferry "a floating hope" in winter.',
            "a floating hope",
            "cue-before",
        ),
    ],
)
def test_a_noun_like_reporting_form_is_the_verb_by_its_place(
    sentence: str, fragment: str, evidence: str
) -> None:
    assert fragment_speakers(sentence) == [(fragment, "partial", "Orla Benn", evidence)]


@pytest.mark.parametrize(
    "sentence",
    [
        # after "to", a form that leads elsewhere than speech stays a noun's
        'The figures were restated to reflect the "merged ledger" method.',
        # a list of nouns after a comma, no aside beside a name
        'The office logged letters, calls and the "angry mail" of the week.',
    ],
)
def test_a_noun_like_form_out_of_those_places_cues_nothing(sentence: str) -> None:
    assert fragment_speakers(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        (
            'Orla Benn defended the toll rise as "a fair price for a safe bridge."',
            "a fair price for a safe bridge.",
        ),
        (
            'Orla Benn on Friday rejected the rival scheme as being "plainly unworkable."',
            "plainly unworkable.",
        ),
        ('Orla Benn heralded the harbour deal as a "turning point" for the town.', "turning point"),
    ],
)
def test_a_verb_that_sums_its_object_up_as_a_quotation_reports_the_subject(
    sentence: str, fragment: str
) -> None:
    assert fragment_speakers(sentence) == [(fragment, "partial", "Orla Benn", "cue-before")]


def test_a_summing_up_verb_inside_reported_speech_leaves_the_reporting_verb_its_speaker() -> None:
    sentence = (
        'Orla Benn rebuked critics who say she should condemn the strike as "pure sabotage," adding more.'
    )
    assert fragment_speakers(sentence) == [("pure sabotage,", "partial", None, "cue-before")]


LEAD = '"The ferry will sink," said Orla Benn, a harbour pilot.'


def test_a_fragment_ending_the_next_sentence_goes_on_with_the_statement_before() -> None:
    # The speech runs on in the writer's words, so the statement before is one piece of it: partial.
    assert fragment_speakers(f'{LEAD} The new hull "is a gamble. Nobody has tested it."') == [
        ("The ferry will sink,", "partial", "Orla Benn", "cue-after"),
        ("is a gamble. Nobody has tested it.", "partial", "Orla Benn", "paragraph"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # the fragment does not end its sentence: the writer's words go on around it
        'The new hull "is a gamble" for the town.',
        # a title or a name ending the sentence is nobody's statement
        'She once sailed in "Northern Mayday."',
        'She sailed on "Mayday."',
    ],
)
def test_a_fragment_that_is_no_statement_takes_no_speaker_from_the_sentence_before(sentence: str) -> None:
    assert fragment_speakers(f"{LEAD} {sentence}") == [
        ("The ferry will sink,", "direct", "Orla Benn", "cue-after")
    ]


def test_a_summing_up_verb_heading_a_clause_of_its_own_takes_over_from_an_earlier_cue() -> None:
    sentence = 'Ivo Marsh suggested a vote in May - but Orla Benn rejected the idea as "plain folly" at once.'
    assert fragment_speakers(sentence) == [("plain folly", "partial", "Orla Benn", "cue-before")]


def test_sniping_is_speech() -> None:
    sentence = 'Orla Benn sniped that the mayor was "asleep at the wheel" all winter.'
    assert fragment_speakers(sentence) == [("asleep at the wheel", "partial", "Orla Benn", "cue-before")]


@pytest.mark.parametrize(
    ("sentence", "fragment", "owner"),
    [
        (
            'Orla Benn has long pushed her promise of "a ferry every hour" in town.',
            "a ferry every hour",
            "Orla Benn",
        ),
        ('Ivo Marsh\'s call for a "fresh start" drew loud cheers.', "fresh start", "Ivo Marsh"),
        ('Ivo Marsh\'s pledge to be "fair to all" won votes.', "fair to all", "Ivo Marsh"),
    ],
)
def test_a_noun_of_speech_leading_into_a_quote_by_of_for_or_to_gives_its_owner(
    sentence: str, fragment: str, owner: str
) -> None:
    assert fragment_speakers(sentence) == [(fragment, "partial", owner, "owner")]


def test_after_a_cue_a_noun_of_speech_leading_in_by_for_leaves_the_cue_its_speaker() -> None:
    sentence = 'Orla Benn mocked Ivo Marsh\'s call for a "fresh start" at the port.'
    assert fragment_speakers(sentence) == [("fresh start", "partial", "Orla Benn", "cue-before")]


@pytest.mark.parametrize(
    "setting",
    ["Tuesday in Leeds", "last week"],
)
def test_a_tag_set_by_a_bare_day_before_an_aside_tags_the_fragment(setting: str) -> None:
    sentence = f'The "fare hikes" are a scandal, Orla Benn said {setting}, noting the buses run late.'
    assert fragment_speakers(sentence) == [("fare hikes", "partial", "Orla Benn", "tag")]


def test_a_fragment_ending_its_sentence_is_not_lent_the_next_sentences_tag() -> None:
    # the fragment's own full stop closes the writer's sentence: the tag after the next quote is not its
    text = (
        'The dockers have long fought the contracts now seen as "purely temporary." '
        'About the "night levy," Petra Vance said the fee would stay.'
    )
    assert fragment_speakers(text) == [("night levy,", "partial", "Petra Vance", "cue-after")]


def test_a_fragment_in_a_later_clause_is_its_pronoun_subjects() -> None:
    # the subject guessed from the sentence's start yields to the "he" opening the fragment's own clause
    text = (
        "Judge Oda Fenn chose not to recommend closing the bakery after a visit in May, "
        'although she saw "plain signs" of damp.'
    )
    quotes = body(text)
    assert [(q.text, q.speaker, q.mention.text if q.mention else None) for q in quotes] == [
        ("plain signs", "Oda Fenn", "she")
    ]


def test_a_tag_set_off_by_commas_with_a_setting_after_its_verb_takes_over() -> None:
    # `, Ilse Marr said in a phone interview,` is an aside tag like `, Ilse Marr said,`: she speaks
    text = 'The mill records indicate, Ilse Marr said in a phone interview, that the two owners "worked as one firm."'
    assert fragment_speakers(text) == [("worked as one firm.", "partial", "Ilse Marr", "cue-before")]


def test_a_body_opening_the_fragments_sentence_speaks_it_rather_than_a_lent_speaker() -> None:
    # the health board is the subject of the fragment's own sentence: Lise Aune's tag is lent no further
    text = (
        '"Every ward will be checked," said Lise Aune, the hospital chief. '
        'The health board would not disclose the audit\'s "full cost or end date."'
    )
    assert fragment_speakers(text)[1] == (
        "full cost or end date.",
        "partial",
        "the health board",
        "sentence-subject",
    )


def test_the_subject_of_a_passive_does_not_take_a_fragment_from_a_lent_speaker() -> None:
    text = (
        '"We will look at every berth," said Kai Holm, the port director. '
        'But the traders have been shaken by "a sense that the whole port may close."'
    )
    assert fragment_speakers(text)[1][2] == "Kai Holm"


def test_a_fragments_own_sentence_subject_yields_to_the_pronoun_of_its_later_clause() -> None:
    text = (
        'Ugo Salo said the council "has to stop ignoring the northern towns." Later, '
        'Wren Adler backed the budget, although she made it known that she has "deep doubts" about its sums.'
    )
    quotes = body(text)
    assert (quotes[1].text, quotes[1].speaker, quotes[1].mention.text if quotes[1].mention else None) == (
        "deep doubts",
        "Wren Adler",
        "she",
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the aside's verb tells who claimed something; the cue before it still speaks
        (
            "Ona Pell assured the council that the old bridge is sound - as Kai Holm has claimed - "
            'and that she can "personally guarantee" it.',
            "Ona Pell",
        ),
        # with no other cue the fragment is left without a speaker rather than given the aside's
        (
            "The new ferry ad, which \u2014 as critic Ivo Brandt noted in a column \u2014 promises to "
            '"carry every family home by dark" in winter, runs daily.',
            None,
        ),
    ],
)
def test_a_verb_in_an_as_aside_set_off_by_dashes_does_not_cue_the_quote_after_it(
    text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in body(text)] == [speaker]
