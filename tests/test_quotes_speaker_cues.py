"""Which mention of a sentence speaks a quote: cues read closer to it than the sentence's subject."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def mentions(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.mention.text if q.mention else None) for q in body(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bare share of those asked answers for itself, each share its own answer.
        (
            "The question asked residents whether the bridge would open on time, to which 30 percent "
            'said "very unlikely to happen" and 12 percent said "never in our lifetime."',
            [("very unlikely to happen", "30 percent"), ("never in our lifetime.", "12 percent")],
        ),
        (
            'The council put the plan to residents, and 41% said it was "a waste of good money."',
            [("a waste of good money.", "41%")],
        ),
    ],
)
def test_a_share_of_respondents_is_the_subject_of_its_verb(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Ada Perrin said the council had "failed the town," at which point the hall chanted "Recall '
            'them all!" for a full minute.',
            [("failed the town,", "Ada Perrin"), ("Recall them all!", "the hall")],
        ),
        (
            # What a speaker reports others crying out is theirs, not the speaker's.
            'Ivo Marsh said the students shouted "Four more years!" as he left the stage.',
            [("Four more years!", "the students")],
        ),
    ],
)
def test_a_verb_of_voicing_right_before_the_quote_names_who_voiced_it(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            'Ada Perrin toured the depot on Monday. She’s predicting the line will reopen "well before the '
            'holidays" in the valley.',
            "She",
        ),
        (
            "Ivo Marsh answered letters all month. And he's said much the same to every caller: \"The bridge "
            'will be repaired before winter."',
            "he",
        ),
        ('The council members left early. They\'re calling the vote "a sham from start to finish."', "They"),
    ],
)
def test_a_pronoun_with_a_contracted_verb_is_the_subject(text: str, mention: str) -> None:
    assert [q.mention.text if q.mention else None for q in body(text)] == [mention]


def test_a_retort_after_an_adjective_is_a_noun_and_its_giver_speaks() -> None:
    text = 'Ann Lee offered a curt retort: "No library in this county is closing while I am here."'
    assert [(q.speaker, q.mention.text if q.mention else None) for q in body(text)] == [
        ("Ann Lee", "Ann Lee")
    ]


def test_a_fragment_takes_the_person_who_is_its_own_sentences_subject() -> None:
    text = (
        'Ada Perrin praised the mayor at length on Monday, calling her "a true leader." Ivo Marsh '
        'credited her with "holding it together" through the flood.'
    )
    assert [(q.text, q.mention.text if q.mention else None) for q in body(text)] == [
        ("a true leader.", "Ada Perrin"),
        ("holding it together", "Ivo Marsh"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Outside the hall, about 200 protesters gathered in three groups, holding signs and chanting "
            '"Recall the mayor now."',
            "about 200 protesters",
        ),
        (
            'Ivo Marsh opened the fair, where about 40 farmers had lined up on Sunday, shouting "Fair prices '
            'for milk."',
            "about 40 farmers",
        ),
        (
            'Nearly 50 residents signed the letter, calling the plan "a slow disaster for the valley."',
            "Nearly 50 residents",
        ),
    ],
)
def test_an_approximate_count_opens_the_subject_not_a_phrase_of_place(text: str, speaker: str) -> None:
    assert [(q.speaker, q.mention.text if q.mention else None) for q in body(text)] == [(speaker, speaker)]


def test_an_outlet_reporting_at_the_end_of_the_sentence_reports_quotes_before_a_later_one() -> None:
    text = (
        'Ada Perrin noted that the levy - what her office calls "a fair share of the cost" - is "central" '
        "to the plan for the coming decade, reported the Daily Ledger."
    )
    first = body(text)[0]
    assert (first.text, first.mention.text if first.mention else None) == (
        "a fair share of the cost",
        "the Daily Ledger",
    )


def test_noting_is_a_reporting_participle() -> None:
    text = (
        "Both Ada Perrin and Ivo Marsh spoke at the hall, with Marsh noting the folly of building "
        '"a bridge to nowhere at any price" in the plan.'
    )
    assert mentions(text) == [("a bridge to nowhere at any price", "Marsh")]


def test_a_participle_after_the_tags_comma_has_no_subject_of_its_own() -> None:
    text = (
        'After the wet harvest and the Danish fuel tax, "we expect a slow first half," the bakery chain said, '
        'adding "bread prices will rise again by spring."'
    )
    assert mentions(text) == [
        ("we expect a slow first half,", "the bakery chain"),
        ("bread prices will rise again by spring.", "the bakery chain"),
    ]


def test_a_participle_never_inverts_in_a_tag() -> None:
    text = (
        'The board\'s "waste" is shameful, Tomas Brenn said Friday in Kent, blaming the treasurer '
        '"who never checked the books."'
    )
    # "blaming the treasurer" is no inverted tag for "waste": "Tomas Brenn said Friday in Kent" is.
    assert mentions(text) == [("waste", "Tomas Brenn"), ("who never checked the books.", "Tomas Brenn")]


def test_a_long_relative_clause_with_commas_of_its_own_stands_between_a_name_and_its_verb() -> None:
    text = (
        "Ann Lee, whose farm, near Kent, has been flooded three times in the past decade as the river "
        "keeps rising after each heavy storm, insists that the levy will "
        '"ruin every grower."'
    )
    assert mentions(text) == [("ruin every grower.", "Ann Lee")]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            'Nobody in the valley has forgotten Ivo Marsh\'s "no new tolls on the bridge" promise.',
            "Ivo Marsh's",
        ),
        ('Ada Perrin won easily. The council has not forgotten her "fix it or leave it" slogan.', "her"),
    ],
)
def test_a_quote_between_a_possessor_and_a_noun_of_speech_is_the_possessors(text: str, mention: str) -> None:
    assert [q.mention.text if q.mention else None for q in body(text)] == [mention]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "however" between the subject and its verb links nothing: the subject still speaks.
        (
            'Ilse Varga however said she would support a "fair and open tender" for the ferry line.',
            [("fair and open tender", "Ilse Varga")],
        ),
    ],
)
def test_an_adverb_between_subject_and_verb(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A verb in the past with "back" answers someone: a tag even after a quote that closed its
        # sentence, and even when "shot" could be read as a noun.
        (
            '"None of that is in the budget." Orla Venn shot back.',
            [("None of that is in the budget.", "Orla Venn")],
        ),
        (
            '"You will regret this," the harbour master bit back.',
            [("You will regret this,", "the harbour master")],
        ),
    ],
)
def test_a_retort_with_back_tags_the_quote(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert mentions(text) == expected


def test_a_statement_alone_speaks_for_the_person_the_paragraph_before_ends_on() -> None:
    text = (
        '"The harbour needs dredging before the autumn storms," said Tam Ruel, the port captain.\n\n'
        "Asked about the new budget on Monday, Ruel was blunt.\n\n"
        '"It will never pass in this form, not while I am in charge of this port."\n\n'
        "On Friday, Wexmoor declined to fund the work.\n\n"
        '"The council has other priorities for the coming year and the money is gone."'
    )
    assert mentions(text) == [
        ("The harbour needs dredging before the autumn storms,", "Tam Ruel"),
        # Ruel spoke before: the paragraph ending on him leads into the statement.
        ("It will never pass in this form, not while I am in charge of this port.", "Ruel"),
        # Nobody named Wexmoor has spoken: a place or a firm as the subject speaks for nobody.
        ("The council has other priorities for the coming year and the money is gone.", None),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Harrow Transit Board issued no statement on the closure.",
        "The Harrow Transit Board never released a statement about the closure.",
        "The Harrow Transit Board hasn't issued a statement on the closure.",
    ],
)
def test_a_statement_that_was_not_put_out_speaks_for_nobody(sentence: str) -> None:
    text = f'The ferry line was closed for a week.\n\n{sentence}\n\n"We were stranded for three days with no word."'
    assert mentions(text) == [("We were stranded for three days with no word.", None)]


def test_a_name_with_an_apostrophe_is_no_possessive() -> None:
    text = (
        '"The harbour needs dredging before the autumn storms," said Tam O\'Rourke, the port captain.\n\n'
        "Asked about the new budget on Monday, O'Rourke was blunt.\n\n"
        '"It will never pass in this form, not while I am in charge of this port."'
    )
    assert [speaker for _, speaker in mentions(text)] == ["Tam O'Rourke", "O'Rourke"]


def test_the_quote_after_an_issued_statement_is_the_statement() -> None:
    text = (
        "The ferry line was closed for a week.\n\n"
        "The Harrow Transit Board issued a statement apologizing to riders for the closure. "
        '"We let our passengers down this week and we will refund every ticket."\n\n'
        "Later the board released a brief statement on its website.\n\n"
        '"Service will resume on Monday morning with the usual timetable."'
    )
    assert [(q.text, q.mention.text if q.mention else None, q.kind) for q in body(text)] == [
        (
            "We let our passengers down this week and we will refund every ticket.",
            "The Harrow Transit Board",
            "direct",
        ),
        ("Service will resume on Monday morning with the usual timetable.", "the board", "direct"),
    ]


def test_riffed_tags_a_quote() -> None:
    text = (
        '"Mayor Dunn, I can save you the bother - we are voting no," the county party chairwoman riffed on '
        "the mayor's reply, drawing laughs from the hall."
    )
    assert [(q.mention.text if q.mention else None, q.evidence) for q in body(text)] == [
        ("the county party chairwoman", "cue-after")
    ]


def test_voiced_and_expressed_lead_into_a_quote_but_never_tag_one() -> None:
    voiced = (
        "Senator Ola Brandt voiced concern that the port would lose its ferry. "
        '"Every town on this coast has told us the same thing, and we will not let it happen."'
    )
    expressed = (
        'In a video that Judge Tia Moreau called "distasteful," Dane Kopp expressed a wish to see the '
        "mill closed for good."
    )
    assert [(q.mention.text if q.mention else None, q.evidence) for q in body(voiced)] == [
        ("Senator Ola Brandt", "previous-sentence")
    ]
    assert [(q.mention.text if q.mention else None, q.evidence) for q in body(expressed)] == [
        ("Judge Tia Moreau", "cue-before")
    ]


def test_firm_named_in_the_possessive_says_a_quote() -> None:
    text = (
        "Ratings fell.\n\n"
        '"The rating reflects weaker earnings at the unit and a heavier debt load," Hallam\'s said '
        "in a release.\n\n"
        'Hallam\'s said the outlook for the unit was "stable but weaker than the parent company."'
    )
    assert [(q.mention.text if q.mention else None, q.evidence) for q in body(text)] == [
        ("Hallam's", "cue-after"),
        ("Hallam's", "cue-before"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        'At a rally in Oakdale, Calif., on Sunday, Ivo Marsh struck a defiant note, telling voters he would "never '
        'give up on the valley."',
        'In the days after the fire in Oakdale, Calif., Ivo Marsh posted a plea online: "We will rebuild every '
        'house on the hill."',
    ],
)
def test_a_five_letter_state_abbreviation_carries_the_opening_phrase_on(text: str) -> None:
    assert [m for _, m in mentions(text)] == ["Ivo Marsh"]


@pytest.mark.parametrize(
    "text",
    [
        'Ada Roe held up a banner that said, "No Dam in Our Valley Ever Again."',
        'Ada Roe pinned her note under a headline that said, "Otters Return to the River at Last."',
        'Volunteers handed out caps that said "The valley welcomes every walker this year."',
    ],
)
def test_a_thing_that_says_the_quote_carries_the_words_not_the_sentence_subject(text: str) -> None:
    assert [m for _, m in mentions(text)] == ["that"]


def test_what_the_subject_puts_out_that_says_the_quote_stays_the_subjects() -> None:
    text = 'Ada Roe released a short video that said, "Every walker is welcome in the valley this year."'
    assert [m for _, m in mentions(text)] == ["Ada Roe"]


def test_a_participle_after_a_long_subordinate_clause_belongs_to_that_clauses_subject() -> None:
    text = (
        "Ivo Marsh laughed when Ada Roe closed the debate last week with a nod to an old film playing in "
        'theaters, remarking, "Thank you, and good luck to every one of you."'
    )
    assert [m for _, m in mentions(text)] == ["Ada Roe"]


def test_a_sentence_opening_on_but_keeps_its_subject_for_a_late_participle() -> None:
    text = (
        "But Marsh aides for the most part have dropped the claim that the plan is dead, suggesting that a "
        'deal, while not yet "signed and sealed," is within reach.'
    )
    assert [m for _, m in mentions(text)] == ["Marsh aides for the most part"]


@pytest.mark.parametrize(
    "text",
    [
        'Wait, it gets worse: "The ferry will not run at all in March."',
        "Each spring, there is a pledge half the runners in town make and almost none keep: "
        '"This year I will run the marathon!"',
    ],
)
def test_an_opening_phrase_before_it_or_there_is_no_speaker_of_a_colon_quote(text: str) -> None:
    # The clause before the colon has "it" or "there" for its subject: no one is named as speaker.
    assert [(q.mention, q.speaker) for q in body(text)] == [(None, None)]


def test_a_tag_closing_the_sentence_before_names_the_speaker_of_the_quote_after_it() -> None:
    text = (
        "Nearly all the orchard land belongs to three old clans, said Mira Dahl, a planner at Vesta "
        'Advisers. "Nobody sells here. You could wait a lifetime for one acre."'
    )
    assert [(q.mention.text if q.mention else None, q.speaker, q.evidence) for q in body(text)] == [
        ("Mira Dahl", "Mira Dahl", "previous-sentence")
    ]


def test_a_clause_after_a_source_tag_that_tells_someone_the_quote_names_its_speaker() -> None:
    text = (
        "As the band played on Friday night, the Gazette's Ivo Marsh reported, his sister quietly "
        'whispered to him: "They are all still here for you."'
    )
    assert [(q.mention.text if q.mention else None, q.speaker) for q in body(text)] == [
        ("his sister", "his sister")
    ]


def test_a_quote_told_to_the_speaker_in_his_reported_thoughts_stays_his() -> None:
    text = (
        "Ivo Marsh said he often recalls what his teachers told him: "
        '"Read one more page than you planned, every night of your life."'
    )
    assert [(q.mention.text if q.mention else None, q.speaker) for q in body(text)] == [
        ("Ivo Marsh", "Ivo Marsh")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # The source cites the writer's next sentence, not the quote that closed its own.
            '"It is a grim week for the club," Ada Marsh told fans outside the ground in Tarvik. "This '
            'comes from a culture of contempt. It has no place here." The mayor Tom Quill said he would '
            "have sacked the coach over it, according to local radio reports.",
            [("Ada Marsh", "cue-after"), ("Ada Marsh", "paragraph")],
        ),
        (
            # A tag with its setting before the source still tags the quote.
            'The vote was delayed. "Why should we wait another year for this?" Tom Quill said at a '
            "town meeting, according to the Tarvik Post.",
            [("the Tarvik Post", "according-to")],
        ),
    ],
)
def test_an_according_to_after_a_closed_quote_cites_the_next_sentence_unless_it_is_a_tag(
    text: str, expected: list[tuple[str | None, str]]
) -> None:
    assert [(q.mention.text if q.mention else None, q.evidence) for q in body(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # The sentence after the cry is the writer's: its verb takes an object and runs on.
            "Greta Holm opposed the bypass until her last day in office, in an address at Eastmoor in 1988: "
            '"Keep the trucks out of our lanes!" Residents still hail her for that stubborn stand.',
            [("Greta Holm", "colon")],
        ),
        (
            # A plain tag after a question may run on with its setting.
            '"Can we really wait another year?" Ivo Marsh asked the crowd at the Rivertown hall as '
            "the lights went down.",
            [("Ivo Marsh", "cue-after")],
        ),
    ],
)
def test_a_sentence_after_a_question_or_cry_is_its_tag_only_with_a_plain_verb_or_a_short_tail(
    text: str, expected: list[tuple[str | None, str]]
) -> None:
    assert [(q.mention.text if q.mention else None, q.evidence) for q in body(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        'Doubts grew. As Pia Lamm, the No. 3 on the rowing club board, put it: "The boathouse '
        'cannot be saved. We should stop hoping for a miracle."',
        'Doubts grew. As Pia Lamm, the club\'s No. 3, put it: "The boathouse cannot be saved."',
    ],
)
def test_no_before_a_number_in_an_apposition_is_no_full_stop(text: str) -> None:
    assert [(q.mention.text if q.mention else None, q.speaker) for q in body(text)] == [
        ("Pia Lamm", "Pia Lamm")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Prices rose. Ada Perrin, president and CEO of Tarvik Grocers Guild stated, "It is not a '
            'question of politics; it is a question of sums."',
            [("Ada Perrin", "Ada Perrin")],
        ),
        (
            'Profit fell. Tom Vale, chairman of Kestrel Mills said, "we expect the losses to shrink later '
            'this year."',
            [("Tom Vale", "Tom Vale")],
        ),
    ],
)
def test_a_speaker_whose_apposition_is_left_open_before_the_verb_is_the_name_not_the_firm(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert [(q.mention.text if q.mention else None, q.speaker) for q in body(text)] == expected
