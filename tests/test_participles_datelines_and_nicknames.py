"""Shapes read in the blind Reuters draw 29, as invented sentences: a participle describing its noun,
a reporting participle opening the sentence, a titled name with initials after the dateline, a
wire's brackets around a firm's name, a quoted nickname after initials, a "who" clause closed by its
verb, a setting to the sentence's end after a long tag, a dateline before the first subject
(invented names and sentences only)."""

from __future__ import annotations

import pytest

from osceq.analyze import analyze
from osceq.extract.speech_tags import sentence_tag
from osceq.models import Document
from tests.quote_helpers import body

REDUCED_RELATIVES = [
    (
        'A planner said that while the repairs called for were fair, the audit shows "it will need years '
        'to fix the bridges."',
        "a planner",
    ),
    ('The measures called for were modest, and the review shows "no quick fix is in sight."', None),
    ('The steps announced were small and "no quick fix is in sight."', None),
    # Negatives: the verb is the sentence's own, or the noun phrase is in an object relative.
    ('The union called for "an end to the lockout in Varnholm."', "the union"),
    ('Mara Lind said the measures called for were "far too timid."', "Mara Lind"),
    ('What the minister said was "we will not give way on the port."', "the minister"),
    ('The only thing the spokesman said was "no comment on Dorvik."', "the spokesman"),
    ('The council announced "a full review of the harbour fees."', "the council"),
]


@pytest.mark.parametrize(("text", "speaker"), REDUCED_RELATIVES)
def test_a_participle_describing_its_noun_is_no_reporting_verb(text: str, speaker: str | None) -> None:
    quotes = body(text)
    assert quotes and quotes[-1].speaker == speaker


OPENING_PARTICIPLES = [
    ('Answering questions from the press club, Lena Varga said "the harbour will not close."', "Lena Varga"),
    ('Answering questions, Lena Varga said "the harbour will not close."', "Lena Varga"),
    (
        'Confirming earlier comments by aides, Lena Varga told reporters: "I will not run again."',
        "Lena Varga",
    ),
    ('Confirming earlier comments, Lena Varga told reporters: "I will not run again."', "Lena Varga"),
    # Negatives: a participle opening with no reporting noun after it, and a plain subject.
    ('Warning that costs would rise, the mayor said: "We have no choice in Dorvik."', "the mayor"),
    ('Ivo Marsh, answering questions, said "the harbour will not close."', "Ivo Marsh"),
]


@pytest.mark.parametrize(("text", "speaker"), OPENING_PARTICIPLES)
def test_a_reporting_participle_opening_the_sentence_is_no_name(text: str, speaker: str | None) -> None:
    quotes = body(text)
    assert quotes and quotes[-1].speaker == speaker


# A word in -ing that a finite verb follows is the sentence's subject (a club, a town or a surname), never a
# participle: its quote and its cue stay.
FINITE_AFTER_THE_WORD = [
    'Gushing confirmed the sale, saying: "The ground will stay open."',
    'The match ended late. Gushing said in a statement: "The ground will stay open."',
    'The match ended late. Gushing says in a statement: "The ground will stay open."',
    'Gushing told the league on Friday: "The ground will stay open."',
]


@pytest.mark.parametrize("text", FINITE_AFTER_THE_WORD)
def test_a_word_in_ing_before_a_finite_verb_keeps_its_cue(text: str) -> None:
    quotes = body(text)
    assert quotes and quotes[-1].evidence == "cue-before"


def _story(first: str, second: str) -> str:
    return f"TARN PLEASED WITH CUTS\n\nDORVIK, March 20 - {first}\n{second}"


_TRACK = 'Later he told a radio panel the group was "back on course."'

DATELINE_SUBJECTS = [
    (
        _story(
            "Dorvik Cable and Wireless Corp president Lorne K. Haskett called the year a good one.", _TRACK
        ),
        "Lorne K. Haskett",
    ),
    (
        _story("Dorvik Cable and Wireless Corp president Lorne Haskett called the year a good one.", _TRACK),
        "Lorne Haskett",
    ),
    (_story("Tarn Oil Co chairman Ivo R. Marsh Jr. called the year a good one.", _TRACK), "Ivo R. Marsh Jr."),
    # Negative: a firm for the first subject is no he.
    (_story("Dorvik Cable and Wireless Corp called the year a good one.", _TRACK), None),
]


@pytest.mark.parametrize(("text", "speaker"), DATELINE_SUBJECTS)
def test_a_titled_name_with_initials_after_the_dateline_is_a_person(text: str, speaker: str | None) -> None:
    quotes = analyze(Document(id="t", path=None, text=text)).quotes
    assert quotes and quotes[-1].speaker == speaker


def _wire(body_text: str) -> str:
    return f"TARNCO STAKE\n\nDORVIK, Oct 19 - {body_text}"


BRACKETED_FIRMS = [
    (_wire('<Tarnco Plc> said "the stake is not for sale."'), "Tarnco Plc"),
    (_wire('<Tarnco Plc> said it knows of "no major change" at the mill.'), "Tarnco Plc"),
    (
        _wire('<Tarnco Plc> said it would sell the mill.\nIt said the buyer had "ample funds" for it.'),
        "Tarnco Plc",
    ),
    (_wire('Shares rose.\n"The stake is not for sale," <Tarnco Plc> said.'), "Tarnco Plc"),
    # A title and a name after the bracketed firm: the person speaks, never the firm's last word.
    (
        _wire('Rents fell in June. <Dorvik Bank> economist Lina Strand said the dip was "brief."'),
        "Lina Strand",
    ),
    (
        _wire('The offer lapsed. <Tarn Holdings Inc> president Oskar Brenn said it had "no wish" to bid.'),
        "Oskar Brenn",
    ),
    (
        _wire('Rents fell. <Dorvik Bank> economist Lina Strand spoke.\n"It is brief," she said of the dip.'),
        "Lina Strand",
    ),
    # Negatives: two bracketed subjects, and a bracketed name inside a phrase, read as before.
    (_wire('<Tarnco Plc> and <Dorvik Ltd> said they would "act as one" on the mill.'), None),
    (_wire('Shares rose.\n"We will wait," a spokesman for <Tarnco Plc> said.'), "a spokesman for Tarnco Plc"),
]


@pytest.mark.parametrize(("text", "speaker"), BRACKETED_FIRMS)
def test_a_bracketed_firm_opening_the_sentence_is_its_subject(text: str, speaker: str | None) -> None:
    quotes = analyze(Document(id="t", path=None, text=text)).quotes
    assert (quotes[-1].speaker if quotes else None) == speaker


_NICKNAMED_STORY = _wire(
    'Two plants may close as costs rise, R.T. "Skip" Varley, its president, told a trade paper.\n'
    'Varley gave no dates. "The mills are too old," he said.'
)


def test_a_quoted_nickname_after_initials_is_no_quote_and_the_name_is_known() -> None:
    quotes = analyze(Document(id="t", path=None, text=_NICKNAMED_STORY)).quotes
    assert [(q.text, q.speaker) for q in quotes] == [("The mills are too old,", "R.T. Varley")]


def test_a_quoted_nickname_after_spaced_initials_is_no_quote() -> None:
    text = _wire('Dorvik Mills president R. T. "Skip" Varley said, "The mills are too old."')
    quotes = analyze(Document(id="t", path=None, text=text)).quotes
    assert [(q.text, q.speaker) for q in quotes] == [("The mills are too old.", "R. T. Varley")]


def test_a_short_quotation_after_a_verb_is_kept() -> None:
    text = _wire('Ivo Marsh said "No" Tuesday to the plan of Dorvik Port.')
    assert [q.text for q in analyze(Document(id="t", path=None, text=text)).quotes] == ["No"]


CLOSED_RELATIVES = [
    ('An aide who asked not to be named said: "The levy is marginal."', "an aide"),
    (
        'A Halverton Credit manager who asked to stay unnamed said: "Loans are drying up."',
        "a Halverton Credit manager",
    ),
    ('One dealer who declined to be named said "it was time to sell."', "one dealer"),
    ('A staff member who asked not to be identified said the levies were "marginal."', "a staff member"),
    # Negatives: the owner is the object of a participle, and a "who" followed by a subject.
    (
        "A staff member involved in drafting the law who asked not to be identified said the levies "
        'were "marginal."',
        None,
    ),
    ('The man who Lee said was "a thief" left Dorvik.', "Lee"),
]


@pytest.mark.parametrize(("text", "speaker"), CLOSED_RELATIVES)
def test_the_owner_of_a_relative_closed_by_its_verb_speaks(text: str, speaker: str | None) -> None:
    quotes = body(text)
    assert quotes and quotes[-1].speaker == speaker


WHO_CLAUSE_OBJECTS = [
    ('Villagers who heard the blast near Dorvik said: "The windows shook."', "villagers"),
    ('The guard who shot the footage told the inquiry: "I kept filming."', "the guard"),
    ('Two nurses who saw the crash said "it was over in seconds."', "two nurses"),
    (
        'Fans who bought the tickets early told the club: "We feel cheated."',
        "fans",
    ),  # a group described, shown in lower case
    # Negative: a "that" before a noun is a conjunction, and the sentence's subject speaks.
    ('Ivo Marsh said that shot was "the best of the night."', "Ivo Marsh"),
]


@pytest.mark.parametrize(("text", "speaker"), WHO_CLAUSE_OBJECTS)
def test_the_object_inside_a_who_clause_is_never_the_speaker(text: str, speaker: str | None) -> None:
    quotes = body(text)
    assert quotes and quotes[-1].speaker == speaker


NEXT_SENTENCE_SUBJECTS = [
    (
        'The vote came late. Mara Lind said the offer was "unwelcome." Dorvik Mills said it would appeal.',
        "Mara Lind",
    ),
    (
        _wire(
            'The vote came late. Mara Lind said the offer was "unwelcome." <Dorvik Mills> said it would appeal.'
        ),
        "Mara Lind",
    ),
    ('Oskar Brenn said: "We will not sell the yard." Tarn Foods said it was still keen.', "Oskar Brenn"),
    # Negatives: no cue of the quote's own before it, and a tag of its own sentence.
    ('The offer was "unwelcome." Dorvik Mills said so on Friday.', "Dorvik Mills"),
    ('Mara Lind spoke on the offer: "It is unwelcome," Dorvik Mills said.', "Dorvik Mills"),
]


@pytest.mark.parametrize(("text", "speaker"), NEXT_SENTENCE_SUBJECTS)
def test_a_quote_closing_a_cued_sentence_keeps_its_speaker(text: str, speaker: str | None) -> None:
    quotes = analyze(Document(id="t", path=None, text=text)).quotes
    assert quotes and quotes[0].speaker == speaker


# The next sentence quotes words of its own: each quote keeps its own sentence's speaker.
_BOTH_QUOTED = (
    'Mara Lind, head of Pell, called the offer "unwelcome." {firm} said it would "resist" the offer.'
)


@pytest.mark.parametrize("firm", ["Dorvik Mills", "<Dorvik Mills>"])
def test_each_sentence_keeps_its_own_speaker(firm: str) -> None:
    quotes = analyze(Document(id="t", path=None, text=_wire(_BOTH_QUOTED.format(firm=firm)))).quotes
    assert [q.speaker for q in quotes] == ["Mara Lind", "Dorvik Mills"]


DESCRIBED_THINGS = [
    ('Tarn Labs said it bought the rights to the "pocket printer", which needs no cable.', []),
    ('Tarn Labs said it holds the patent for its "dry lens," which never fogs.', []),
    # Negatives: words after a naming verb, a quote standing as a complement, a longer statement.
    (
        'Mara Lind urged an end to what some call the "harbour gap," which lets ships skip the fee.',
        ["harbour gap,"],
    ),
    ('Mara Lind said the plan was "a disaster," which drew boos.', ["a disaster,"]),
    (
        'Tarn Labs said it spoke to the "people who will use the printer every day," which helped.',
        ["people who will use the printer every day,"],
    ),
]


@pytest.mark.parametrize(("text", "quoted"), DESCRIBED_THINGS)
def test_a_thing_named_in_quotes_and_described_by_which_is_no_quote(text: str, quoted: list[str]) -> None:
    assert [q.text for q in body(text)] == quoted


_LONG_TITLE = "Dorvik Secretary of State for Overseas Trade Lena Varga"

SETTINGS_TO_THE_END = [
    (
        f"The two ports will share a dredger, {_LONG_TITLE} said today on her way from Halverton.",
        True,
    ),
    (f"The two ports will share a dredger, {_LONG_TITLE} said on her way back from Halverton.", True),
    # Negative: a clause goes on after the verb, so the phrase is no closing tag.
    (f"The two ports will share a dredger, {_LONG_TITLE} said on her way out the talks were over.", False),
]


@pytest.mark.parametrize(("sentence", "tagged"), SETTINGS_TO_THE_END)
def test_a_setting_running_to_the_sentence_end_closes_a_long_tag(sentence: str, tagged: bool) -> None:
    found = sentence_tag(sentence, 0, len(sentence))
    assert (found is not None and found.mention.text == _LONG_TITLE) == tagged


def test_the_he_after_a_long_tag_with_a_setting_is_its_speaker() -> None:
    text = _wire(
        f"The two ports will share a dredger, {_LONG_TITLE} said today on her way from Halverton.\n"
        '"The cost is split in half," she added in a radio interview.'
    )
    assert [q.speaker for q in analyze(Document(id="t", path=None, text=text)).quotes] == ["Lena Varga"]


DATELINES = [
    (
        'HALVERTON, June 2 - The Dorvik Stocks and Bonds Board said it fined a dealer for "a long-running scheme."',
        "Dorvik Stocks and Bonds Board",
    ),
    (
        'HALVERTON, May 4 - Brisk Lumber and Co, said it dropped the claim "to save on court fees."',
        "Brisk Lumber and Co",
    ),
    (
        'DORVIK, Sept 9 - Pell and Tarn Co said it shut nine shops in "a slimming down."',
        "Pell and Tarn Co",
    ),
    (
        'DORVIK, March 12 - The Dorvik Harbour Commission said it found "a deep hole" in the accounts.',
        "Dorvik Harbour Commission",
    ),
    # Negative: a speaker right after the dateline, read as before.
    ('DORVIK, March 12 - Ivo Marsh said "the port will stay open" this year.', "Ivo Marsh"),
]


@pytest.mark.parametrize(("first", "speaker"), DATELINES)
def test_a_dateline_is_no_part_of_the_speaker_before_a_quote(first: str, speaker: str | None) -> None:
    text = f"TARN NEWS\n\n{first}\nShares were unchanged."
    quotes = analyze(Document(id="t", path=None, text=text)).quotes
    assert quotes and quotes[0].speaker == speaker
