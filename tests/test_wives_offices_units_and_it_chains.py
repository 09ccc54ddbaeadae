"""Shapes read among the Reuters speakers still missed or wrong after draw 29, as invented
sentences (invented names and sentences only)."""

from __future__ import annotations

import pytest

from osceq.analyze import analyze
from osceq.extract.subject_tags import tag_speaker
from osceq.models import Document
from tests.quote_helpers import body

SPOUSES = [
    (
        "Governor Holm denied that his wife, Ilse, runs the province. "
        'He said the reports had "hit a raw spot." The governor and Mrs Holm flew home.',
        "Holm",
    ),
    # Negatives: with no wife of his in the story, `Mrs Holm` is the Holm of the story.
    (
        "Minister Holm denied that she would resign. "
        'She said the reports had "hit a raw spot." Mrs Holm flew home.',
        "Holm",
    ),
    ('Mrs Holm spoke first at the Dorvik rally. She said the plan was "a good start."', "Holm"),
]


@pytest.mark.parametrize(("text", "speaker"), SPOUSES)
def test_a_wife_sharing_the_surname_makes_no_she_of_him(text: str, speaker: str | None) -> None:
    quotes = body(text)
    assert quotes and quotes[0].speaker == speaker


CAPITALISED_OFFICES = [
    ('The Governor of the Bank of Tarnland, Ivo Marsh, called them "wholly reckless."', "Ivo Marsh"),
    (
        "The Chairman of the Dorvik Port Authority, Ivo Marsh, speaking at a dinner, said the fees "
        'were "far too high."',
        "Ivo Marsh",
    ),
    # A group of people with a name set off after it, and an office with a place set off after it.
    ('The Friends of the Bank of Tarnland, Ivo Marsh, said they were "wholly reckless."', "Ivo Marsh"),
    (
        'The Governor of the Bank of Tarnland, Dorvik, said they were "wholly reckless."',
        "the Governor of the Bank of Tarnland",
    ),
    (
        'The Chairman of the Dorvik Port Authority, Tarnmouth, said the fees were "far too high."',
        "the Chairman of the Dorvik Port Authority",
    ),
    # Negative: without a name set off, the office is the speaker.
    (
        'The Governor of the Bank of Tarnland in Dorvik said they were "wholly reckless."',
        "the Governor of the Bank of Tarnland",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), CAPITALISED_OFFICES)
def test_a_capitalised_office_of_a_body_gives_its_holder(text: str, speaker: str | None) -> None:
    quotes = body(text)
    assert quotes and quotes[0].speaker == speaker


OWNED_BODIES = [
    (
        "One of Dorvik's best-selling weekly magazines, Vantage, said in a leader on Friday: "
        '"The council has failed."',
        "Vantage",
    ),
    ('Tarnland\'s biggest banks said on Monday the rules were "a burden."', "Tarnland's biggest banks"),
    # Negatives: the owner's own words or writings, and the owner's single body, read as before.
    ('Ivo Marsh\'s angry posts about the port include one that said the fees were "a burden."', "Ivo Marsh"),
    ('Ivo Marsh\'s remarks said the rules were "a burden."', "Ivo Marsh"),
    ('Tarnland\'s central bank said on Monday the rules were "a burden."', "Tarnland's central bank"),
]


@pytest.mark.parametrize(("text", "speaker"), OWNED_BODIES)
def test_a_places_bodies_are_no_place(text: str, speaker: str | None) -> None:
    quotes = body(text)
    assert quotes and quotes[0].speaker == speaker


SPEAKING_WITH = [
    (
        'The hall fell silent after the ruling, with Mayor Ivo Marsh speaking for the crowd by saying he was "baffled."',
        "Ivo Marsh",
    ),
    ('The hall fell silent after the ruling, with Ivo Marsh saying he was "baffled."', "Ivo Marsh"),
    # Negatives: a name whose own participle reports nothing, and a with clause closed by a comma.
    ('The room was stunned, with Ivo Marsh watching as the crowd kept chanting "out."', "the crowd"),
    ('Lena Varga spoke, with Ivo Marsh nodding, by saying she was "baffled."', "Lena Varga"),
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKING_WITH)
def test_a_closing_with_clause_of_speaking_gives_its_name(text: str, speaker: str | None) -> None:
    quotes = body(text)
    assert quotes and quotes[0].speaker == speaker


FIRMS_BEFORE_IT = [
    (
        "Anchor Glass Tarn Corp said it expects profits to rise.\n"
        "Over the half year, Anchor posted trading income of 9 mln dlrs.\n"
        'It said the income "came in as planned."',
        "Anchor",
    ),
    (
        "Marine Tarn Banks Inc said it may reclassify loans.\n"
        "Over the winter, Marine Tarn posted its best income ever, 21 mln dlrs, helped by fees.\n"
        'It said it expected lower earnings because costs had increased, "squeezing margins."',
        "Marine Tarn",
    ),
    # Negatives: a word or a name never written as a firm's.
    (
        "Tarn Glass Corp said it expects profits to rise.\n"
        "Over the half year, Anchor posted trading income of 9 mln dlrs.\n"
        'It said the income "came in as planned."',
        None,
    ),
    (
        "Tarn Glass Corp said it may sell loans.\n"
        "Over the winter, Marine Vell posted its best income ever, 21 mln dlrs.\n"
        'It said costs had increased, "squeezing margins."',
        None,
    ),
]


@pytest.mark.parametrize(("text", "speaker"), FIRMS_BEFORE_IT)
def test_a_bare_name_written_before_as_a_firms_is_the_it(text: str, speaker: str | None) -> None:
    quotes = body(text)
    assert quotes and quotes[-1].speaker == speaker


def _wire(lead: str, rest: str) -> str:
    return f"TARN BANKER SEES PROFITS HIT\nDate: 1987-04-27 07:40:49\n\nDORVIK, April 27 - {lead}\n{rest}"


PLURAL_POSSESSIVE_SETTINGS = [
    (
        _wire(
            "Small lenders will suffer from the new levy, Tarn Lenders' Guild chairman M. N. Varga told a "
            "traders' forum.",
            'The levy takes effect on June 1.\n"The levy will eat into margins," he said.',
        ),
        "M. N. Varga",
    ),
    (
        _wire(
            "Small lenders will suffer from the new levy, Tarn Lenders Guild chairman Ivo Varga said in a "
            "speech to a growers' meeting.",
            'The levy takes effect on June 1.\n"The levy will eat into margins," he said.',
        ),
        "Ivo Varga",
    ),
    # Negative: a clause after the possessive's noun makes no closing tag of the told.
    (
        _wire(
            "Ana Roe, a lender, said the levy will hurt small lenders, Tarn Lenders Guild chairman Ivo "
            "Varga told the growers' union it would fall.",
            'The levy takes effect on June 1.\n"The levy will eat into margins," he said.',
        ),
        None,
    ),
]


@pytest.mark.parametrize(("text", "speaker"), PLURAL_POSSESSIVE_SETTINGS)
def test_a_plural_possessive_in_a_tags_setting_keeps_the_tag(text: str, speaker: str | None) -> None:
    article = analyze(Document(id="x", path="x", text=text))
    assert article.quotes and article.quotes[-1].speaker == speaker


INVERTED_TAGS_BEFORE_THEY = [
    (
        '"The system is sound," said chairman Ivo Marsh and president Ana Roe in a statement.\n'
        '"We know that feelings are raw," they said.',
        "chairman Ivo Marsh and president Ana Roe",
    ),
    # Negative: one person named in the inverted tag is no "they".
    (
        '"The system is sound," said Ivo Marsh, who met the strikers in Dorvik.\n'
        '"We know that feelings are raw," they said.',
        None,
    ),
]


@pytest.mark.parametrize(("text", "speaker"), INVERTED_TAGS_BEFORE_THEY)
def test_an_inverted_tag_of_two_names_is_the_next_they(text: str, speaker: str | None) -> None:
    quotes = body(text)
    assert quotes and quotes[-1].speaker == speaker


ANOTHER_BEFORE_HE = [
    (
        'One trader said Velmark would be sold by summer. "The owners are tired," he said.\n'
        'Another said Velmark could struggle. "It is a jumble of shops and mills," he said.',
        "another",
    ),
    (
        'One envoy said Osterby would sign. "The worry is genuine," he said.\n'
        "Another said the northern bloc stood ready to pounce.\n"
        '"If the treaty took Osterby, saying no to Kalmen would be hard," he said.',
        "another",
    ),
    # Negatives: a sentence between the "another" and the quote, and another subject in its sentence.
    (
        'One trader said Velmark would be sold by summer. "The owners are tired," he said.\n'
        "Another said Velmark could struggle. Its shares slid three pct on Friday.\n"
        '"It is a jumble of shops and mills," he said.',
        None,
    ),
    (
        "One trader said Velmark would be sold by summer. "
        'Another said Velmark could struggle, but Ivo Marsh disagreed. "It is a sound business," he said.',
        None,
    ),
    (
        "One trader said Velmark would be sold by summer. "
        'Another said Velmark could struggle, while the mayor stayed calm. "It is a sound business," he said.',
        None,
    ),
]


@pytest.mark.parametrize(("text", "speaker"), ANOTHER_BEFORE_HE)
def test_another_right_before_a_quote_is_its_he(text: str, speaker: str | None) -> None:
    quotes = body(text)
    assert quotes and quotes[-1].speaker == speaker


TALKS_TO_AUDIENCES = [
    (
        "Prices will rise this year, Ivo Varga said in an earlier speech to sales apprentices at Tarnco.",
        "Ivo Varga",
    ),
    (
        "Prices will rise this year, Ivo Varga said in an address to farm leaders at a Dorvik dinner.",
        "Ivo Varga",
    ),
    # Negatives: a "to" after a noun of no talk opens an infinitive, a clause of its own.
    ("Prices will rise this year, Ivo Varga said in an earlier plan to hire apprentices at Tarnco.", None),
    ("Prices will rise this year, Ivo Varga said in a bid to calm farm leaders at a Dorvik dinner.", None),
]


@pytest.mark.parametrize(("text", "speaker"), TALKS_TO_AUDIENCES)
def test_a_talk_to_an_audience_is_a_tags_setting(text: str, speaker: str | None) -> None:
    found = tag_speaker(text, 0, len(text))
    assert (found[1] if found else None) == speaker


def _long_chain(between: str) -> str:
    """A speaker named once, then quotes of his he-tags with long sentences naming nobody."""
    filler = (
        "The price of grain and steel went up fast in the first three months across the whole of the region. "
    )
    return (
        '"Markets never fall for long," said Ivo Marsh, a professor at Dorvik University.\n'
        + "".join(f'{filler * 2}\n"The slide is over, number {k}," he said.\n' for k in range(4))
        + between
        + '"Within two years the council will have no road left to take," he added.'
    )


# A he far from any name is not carried on from the last resolved he, however empty the sentences
# between look (every test of "nobody else came in" let some newcomer through): left unnamed.
UNCHAINED_HE = [
    (_long_chain(""), None),
    (_long_chain("It will take years. He thinks the slide is over.\n"), None),
    (_long_chain("The other man disagreed.\n"), None),
    (_long_chain("The boy was less sure.\n"), None),
    (_long_chain('Harbour officials disagreed. "It is bad," one said.\n'), None),
    (
        _long_chain(
            "An Ulvar ministry spokesman, quoted in a broadcast monitored in Dorvik, said the claims were baseless.\n"
        ),
        None,
    ),
    (_long_chain("As envisioned by Lena Varga, a basket of grains would be measured.\n"), None),
    (_long_chain("The mayor took a different view.\n"), None),
    (_long_chain("The harbour boss was not so sure.\n"), "the harbour boss"),
    (_long_chain("His rival was not so sure.\n"), None),
    (_long_chain("The 50-year-old was not so sure.\n"), None),
    (_long_chain("Brede, who runs the port, was not so sure.\n"), None),
    (_long_chain("The Chief Executive of the port was not so sure.\n"), None),
    (_long_chain('"Is it over?" I asked Brede.\n'), None),
    (_long_chain('"Nonsense," came the reply from the back.\n'), None),
    (_long_chain('"We are not sure at all."\n'), None),
]


@pytest.mark.parametrize(("text", "speaker"), UNCHAINED_HE)
def test_a_he_with_nobody_near_is_left_unnamed(text: str, speaker: str | None) -> None:
    quotes = body(text)
    assert quotes and quotes[-1].speaker == speaker


UNITS = [
    (
        "The report was written by the Tarn Economist Intelligence Unit.\n"
        '"Growth is strong," the Intelligence Unit said.\n"But costs will rise," it added.',
        ["Intelligence Unit", "Intelligence Unit"],
    ),
    # Negative: a unit of a firm is still a description.
    ('"Sales fell," a unit of Tarnco said.', ["a unit of Tarnco"]),
]


@pytest.mark.parametrize(("text", "speakers"), UNITS)
def test_a_unit_is_a_body(text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in body(text)] == speakers


DAYS_WRITINGS = [
    (
        "Today's Foreign Ministry statement, carried by the Tarn News Agency TNA, said the recent "
        "detention of fishing boats by Dorvik was not the first.\n"
        "Dorvik in the past had held back a number of boats Tarnland had sought to release, it said.\n"
        '"However, Tarnland is perplexed by the charges," it said.',
        "Today's Foreign Ministry statement",
    ),
    # Negative: a day's event is no writing that speaks.
    (
        "Today's Foreign Ministry meeting, held in the capital, ended early.\n"
        '"However, Tarnland is perplexed by the charges," it said.',
        None,
    ),
]


@pytest.mark.parametrize(("text", "speaker"), DAYS_WRITINGS)
def test_a_days_writing_is_the_it(text: str, speaker: str | None) -> None:
    quotes = body(text)
    assert quotes and quotes[-1].speaker == speaker


TICKERS_IN_DESCRIPTIONS = [
    (
        '"As long as there is a gap, makers will use it," a Tarnco Ltd <TAR.T> spokesman said.',
        "a Tarnco Ltd spokesman",
    ),
    (
        '"As long as there is a gap, makers will use it," said a Tarnco Ltd <TAR.T> official.',
        "a Tarnco Ltd official",
    ),
    # Negatives: a ticker after a firm that speaks itself, and a bracketed firm after "for".
    ('"As long as there is a gap, makers will use it," Tarnco Ltd <TAR.T> said.', "Tarnco Ltd"),
    (
        '"As long as there is a gap, makers will use it," a spokesman for <Tarnco Ltd> said.',
        "a spokesman for Tarnco Ltd",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), TICKERS_IN_DESCRIPTIONS)
def test_a_ticker_inside_a_description_cuts_nothing(text: str, speaker: str | None) -> None:
    quotes = body(text)
    assert quotes and quotes[0].speaker == speaker
