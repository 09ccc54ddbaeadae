"""Tags after a closing mark that the ordinary readers used to miss: a new sentence whose verb is
followed only by the listener, the place or the time."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def speakers(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.evidence) for q in body(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A tail of listener and place after "told" is still the tag of the closed quote.
        (
            'Orla Penhaligon opened the fair. "Our orchards have never given so much fruit."'
            " Penhaligon told growers at a breakfast in the town hall.",
            [("Orla Penhaligon", "cue-after")],
        ),
        # A tail of place and time after "said".
        (
            'Orla Penhaligon opened the fair. "Our orchards have never given so much fruit."'
            " Penhaligon said in a speech to the farmers on Sunday.",
            [("Orla Penhaligon", "cue-after")],
        ),
        # A quote ending on an abbreviation's dot, then a lower-case inverted verb: one sentence.
        (
            'Trade was slow. "She knows every port on the coast of the U.S." said Ivo Marsh,'
            " a shipping broker, who has worked with her.",
            [("Ivo Marsh", "cue-after")],
        ),
    ],
)
def test_tag_with_setting_after_closed_quote(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # The verb has a clause of its own: the sentence reports something new.
        'Orla Penhaligon opened the fair. "Our orchards have never given so much fruit."'
        " Penhaligon said to the growers that the cider press would reopen.",
        'Orla Penhaligon opened the fair. "Our orchards have never given so much fruit."'
        " Penhaligon told growers at the fair to plant more pears next year.",
        'Orla Penhaligon opened the fair. "Our orchards have never given so much fruit."'
        " Penhaligon said the growers would meet again next spring.",
        # The subject is not bare: whose aide spoke is no speaker of its own.
        'Orla Penhaligon opened the fair. "Our orchards have never given so much fruit."'
        " Penhaligon's deputy at the county office said in a note to the growers.",
        # A verb of content takes a topic, not a setting.
        'Orla Penhaligon opened the fair. "Our orchards have never given so much fruit."'
        " Penhaligon argued in favor of building a second cider press.",
    ],
)
def test_new_sentence_with_clause_is_no_tag(text: str) -> None:
    assert speakers(text) == [(None, "none")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Surnames that are also a month or a preposition, after the quote's comma.
        ('Darla May runs the mill. "The looms are quiet this winter," May said.', [("May", "cue-after")]),
        (
            'Ivo From runs the mill. "The looms are quiet this winter," From wrote. "We will wait."',
            [("From", "cue-after"), ("From", "paragraph")],
        ),
        # As a sentence of its own after a quote that closed one.
        ('Darla May runs the mill. "The looms are quiet this winter." May said.', [("May", "cue-after")]),
        # A pronoun keeps its own reading; the verb with a subject after it is no surname's.
        ('Ivo From runs the mill. "The looms are quiet this winter," Then said Ivo.', [(None, "none")]),
    ],
)
def test_common_word_surname_before_verb(text: str, expected: list[tuple[str | None, str]]) -> None:
    # The mention read, not the name shown (which is the name resolver's business).
    quotes = body(text)
    assert [(q.mention.text if q.mention else None, q.evidence) for q in quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The apposition's closing comma is left out: the name, not the firm, speaks.
        ('Nell Varga, of Dunmore Freight said "the harbour will be busy by June."', "Nell Varga"),
        ('Nell Varga, 61, of Dunmore said "the harbour will be busy by June."', "Nell Varga"),
    ],
)
def test_name_before_unclosed_of_apposition(text: str, expected: str) -> None:
    assert [q.speaker for q in body(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        'Grain was slow. "It looks like a fair price," Nell Varga of <Dunmore and Co> told Reuters.',
        'Grain was slow. "It looks like a fair price," Nell Varga at Dunmore Ltd <DNM.L> told Reuters.',
    ],
)
def test_name_before_firm_in_angle_brackets(text: str) -> None:
    assert [(q.speaker, q.evidence) for q in body(text)] == [("Nell Varga", "cue-after")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A count before a plural noun opens the speaker phrase.
        ('Rain fell. The two bakeries said they "will open late on Sunday."', "the two bakeries"),
        ('Rain fell. Both bakeries said they "will open late on Sunday."', "both bakeries"),
        (
            'Rain fell. The other three bakeries wrote: "We will open late on Sunday."',
            "the other three bakeries",
        ),
        # "between" completes a head noun, which is the subject.
        (
            'Rain fell. The lease between the two bakeries says that either may leave "at a month\'s notice."',
            "the lease",
        ),
    ],
)
def test_counted_and_completed_subjects(text: str, expected: str) -> None:
    assert [q.speaker for q in body(text)] == [expected]


def test_decimal_point_does_not_end_the_tag_sentence() -> None:
    text = 'Bonds rose. "We could see a long rally," compared with a yield of about 6.25 pct, Ivo Marsh said.'
    assert [(q.speaker, q.evidence) for q in body(text)] == [("Ivo Marsh", "tag")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A dotted acronym inside a phrase before a person noun.
        (
            'Rain fell. A senior E.U. farm official said, "The quotas will stay as they are."',
            ["a senior E.U. farm official"],
        ),
        # Not before other nouns, where it may end a name.
        (
            'Rain fell. Dunmore Farms Co said results of a U.K. survey show "a very wet spring."',
            ["Dunmore Farms Co"],
        ),
    ],
)
def test_dotted_acronym_inside_speaker_phrase(text: str, expected: list[str]) -> None:
    assert [q.speaker for q in body(text)] == expected


def test_tag_with_setting_between_two_quotes() -> None:
    text = (
        'Rain fell. "Had the levee not been raised" by the county, Nell Varga said at a meeting on'
        ' Friday, "the mill would be under water."'
    )
    assert [(q.speaker, q.evidence) for q in body(text)] == [
        ("Nell Varga", "tag"),
        ("Nell Varga", "cue-before"),
    ]


def test_inverted_opening_tag_with_participle_aside() -> None:
    text = 'Rain fell. Said a retired miller, pointing at the river, "The water has never been this high."'
    assert [(q.speaker, q.evidence) for q in body(text)] == [("a retired miller", "cue-before")]


def test_name_after_title_past_cluttered_organisation() -> None:
    text = 'Rain fell. "We will keep the mill open all winter," Wages of $20 Now campaign director Ivo Marsh told a radio station.'
    assert [(q.speaker, q.evidence) for q in body(text)] == [("Ivo Marsh", "cue-after")]


def test_came_opens_an_inverted_clause_not_a_speaker() -> None:
    text = (
        'Rain fell. The mayor asked for a count. "Count every single ballot in the county again,"'
        " came a shout from the gallery."
    )
    assert [(q.speaker, q.evidence) for q in body(text)] == [(None, "unread-tag")]


def test_subject_pronoun_ends_the_tag_phrase() -> None:
    text = (
        'Rain fell. Nell Varga voted no because "the bill holds too many loopholes for the mills,"'
        " including clauses she said would hurt farmers."
    )
    assert [(q.speaker, q.evidence) for q in body(text)] == [("Nell Varga", "sentence-subject")]


@pytest.mark.parametrize(
    ("tag", "speaker"),
    [("Tom Rade assured the workers.", "Tom Rade"), ("Police urged residents.", "Police")],
)
def test_a_new_sentence_whose_verb_takes_a_listener_is_the_quotes_tag(tag: str, speaker: str) -> None:
    text = f'Workers gathered at the gate on Monday.\n\n"The plant stays open tonight." {tag}'
    assert [(q.text, q.speaker) for q in body(text)] == [("The plant stays open tonight.", speaker)]
