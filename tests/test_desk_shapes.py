"""Attribution shapes of sport, markets and broadcast-recap copy found by the invented-desks check
(eval/invented-desks): invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A person's agent speaks for the person without being the person.
        (
            "The fee was agreed. Mortensen’s agent, Ada Frisk, had accused the council of “dragging its feet”.",
            ["Ada Frisk"],
        ),
        (
            'Talks went on. Pia Mortensen\'s agent said the offer was "nowhere near".',
            ["Pia Mortensen's agent"],
        ),
        ('"We are close," Mortensen\'s agent said.', ["Mortensen's agent"]),
        # Not changed: the agent named after the quote, another's lawyer, an agent of no one's.
        ('"We are close," said Vitor Mendes, Mortensen\'s agent.', ["Vitor Mendes"]),
        ('Mortensen\'s lawyer, Ada Frisk, said the ruling was "a relief".', ["Ada Frisk"]),
        ('The shipping agent said the cargo was "badly damaged" on arrival.', ["the shipping agent"]),
    ],
)
def test_a_persons_agent_speaks_for_the_person(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A possessive name inside a clause before a participle owns a noun: the sentence's he speaks.
        (
            'Tara Quill scored twice. Coach Ben Arlott blamed the pitch. "It was a bog," he said.\n\n'
            "He refused to discuss the red card shown just before Quill's second goal, saying only that "
            'he would "look at it tomorrow".',
            ["Ben Arlott", "Ben Arlott"],
        ),
        (
            "Coach Ben Arlott left early. He skipped the talk held after Mia Quill’s last race, "
            "saying only that the course was “a disgrace”.",
            ["Ben Arlott"],
        ),
        # Not changed: the clause's own subject before its verb still speaks.
        ('The debate ended when the Greens walked out, shouting "shame on you".', ["Greens"]),
        (
            'The vote was close. Nobody moved until Rob Tamsin stood up, shouting "this is a farce".',
            ["Rob Tamsin"],
        ),
    ],
)
def test_a_possessive_name_in_a_clause_is_no_participles_subject(
    text: str, speakers: list[str | None]
) -> None:
    assert _speakers(text) == speakers


_BAKERY = (
    'Vera Lindqvist, who owns the bakery, said orders were down. "We are struggling," Lindqvist said.\n\n'
    'Then shop steward Agnes Boye called the numbers "invented". "Nobody trusts them," Boye '
    "told the presenter, Carl Ebbe.\n\n"
)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # The one asked `by asking` answers, as after `asked`.
        (
            _BAKERY
            + 'Ebbe wrapped up the programme by asking Lindqvist if she had cut her own wages. "Months ago," '
            "she said.",
            ["Vera Lindqvist", "Agnes Boye", "Agnes Boye", "Vera Lindqvist"],
        ),
        (
            _BAKERY + 'Ebbe signed off by asking Lindqvist about the loan. "It is repaid," she said.',
            ["Vera Lindqvist", "Agnes Boye", "Agnes Boye", "Vera Lindqvist"],
        ),
        # Not changed: a question put to no one named leaves the she with the last speaker.
        (
            _BAKERY + 'Ebbe signed off by asking listeners whether they agreed. "Few will," she said.',
            ["Vera Lindqvist", "Agnes Boye", "Agnes Boye", "Agnes Boye"],
        ),
    ],
)
def test_the_one_asked_by_asking_answers(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # Words set on a thing after the quotation are displayed, not said, even after a cue.
        (
            'The coach left. Fans in the east stand shouted "Out, out, out" at him, and a few held up a '
            'bedsheet with "Where is the money?" written on it.',
            ["Out, out, out"],
        ),
        (
            "Ada Rook said the offer was “a joke”, and her colleagues lined the road with “Pay us now” "
            "printed on their shirts.",
            ["a joke"],
        ),
        (
            'Ada Rook said the offer was "a joke". "Pay us now" was painted across the gates by morning.',
            ["a joke"],
        ),
        # Not changed: words written by someone who wrote them, a quote that goes on after "with".
        ('"We will not pay," Ada Rook wrote on her blog.', ["We will not pay,"]),
        (
            'Ada Rook said she agreed with "every word written on that petition".',
            ["every word written on that petition"],
        ),
    ],
)
def test_words_written_on_a_thing_are_no_quote(text: str, quotes: list[str]) -> None:
    assert [quote.text for quote in body(text)] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # An analyst's rating of a stock in quotation marks is a label, not speech.
        (
            '"Margins will slip," Oona Prell told investors in a memo, repeating her "sell" rating on Vell Corp.',
            ["Margins will slip,"],
        ),
        (
            '"The pressure is good," said Tom Reed, an analyst at Kell & Vane. Kell & Vane rates the stock "buy".',
            ["The pressure is good,"],
        ),
        ('Tom Reed of Kell & Vane upgraded the shares to "outperform" from "neutral," traders said.', []),
        ('Tom Reed said he reiterated a "buy" recommendation on the shares.', []),
        # Not changed: the same words as speech, or a "hold" of another kind.
        (
            'Tom Reed said investors should "buy the dip and stop worrying" about rates.',
            ["buy the dip and stop worrying"],
        ),
        ('Senator Ada Voss said she would put a "hold" on the bill.', ["hold"]),
    ],
)
def test_a_stock_rating_is_no_quote(text: str, quotes: list[str]) -> None:
    assert [quote.text for quote in body(text)] == quotes


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A name set off beside a description may carry its firm before the closing comma.
        (
            'The suit names two managers. A lawyer for Ivo Brandt, Lena Marsh of Cole Pike, said his client "did '
            'nothing wrong".',
            ["Lena Marsh"],
        ),
        ('The bank\'s lawyer, Lena Marsh of Cole Pike, said the bank "did nothing wrong".', ["Lena Marsh"]),
        ('Another trader, Tom Hale at Reed Lane, said prices were "far too high".', ["Tom Hale"]),
        # Not changed: the plain set-off name, and no name after the description.
        ('A lawyer for Ivo Brandt, Lena Marsh, said his client "did nothing wrong".', ["Lena Marsh"]),
        ('A lawyer for Cole Pike said the bank "did nothing wrong".', ["a lawyer for Cole Pike"]),
    ],
)
def test_a_set_off_name_may_carry_its_firm(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A set-off name after a phrase of place or time, or after a role in lower case.
        (
            'Ortega\'s opponent in the race, council member Tim Vale, said the mayor was "taking credit".',
            ["Tim Vale"],
        ),
        ('Ortega\'s opponent, council member Tim Vale, said the mayor was "taking credit".', ["Tim Vale"]),
        (
            'The bank\'s envoy in Lagos, Laura Marsh, told reporters the deal was "nearly done".',
            ["Laura Marsh"],
        ),
        # Not changed: a clause before the name, a name that opens on no given name.
        ('Ortega\'s opponent, who beat Tim Vale, said the mayor was "taking credit".', ["Ortega's opponent"]),
        ('The bank\'s office in Lagos, Marsh Quay, said the deal was "nearly done".', ["the bank's office"]),
        # A clause of "whose" after the phrase is no role: the name is another's.
        (
            '"It is settled," said a critic on the board, whose chair Nell Okafor, 58, stepped down.',
            ["a critic"],
        ),
        ('A critic on the board, whose chair Nell Okafor is away, said it was "settled".', ["a critic"]),
    ],
)
def test_a_set_off_name_after_a_place_or_a_role(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # Only a role stands before the set-off name: a verb, "not" or "like" there names another.
        (
            'The firm\'s founder, facing board member Rhea Doyle, said the vote was "a farce".',
            ["the firm's founder"],
        ),
        (
            'The firm\'s founder, succeeding ousted chairman Rhea Doyle, said it was "a fresh start".',
            ["the firm's founder"],
        ),
        (
            'The side\'s manager, praising club captain Oskar Fell, said the team was "hungry".',
            ["the side's manager"],
        ),
        (
            'The side\'s manager, not club captain Oskar Fell, said the team was "hungry".',
            ["the side's manager"],
        ),
        (
            'The side\'s manager, like team captain Oskar Fell, said the team was "hungry".',
            ["the side's manager"],
        ),
        (
            'The side\'s manager, including club captain Oskar Fell, said the team was "hungry".',
            ["the side's manager"],
        ),
        # Not changed: the modifiers and heads of a role before the name.
        (
            'The firm\'s founder, veteran board member Rhea Doyle, said the vote was "a farce".',
            ["Rhea Doyle"],
        ),
        ('The side\'s manager, former club captain Oskar Fell, said the team was "hungry".', ["Oskar Fell"]),
        (
            'Ortega\'s rival, opposition party leader Tim Vale, said the mayor was "taking credit".',
            ["Tim Vale"],
        ),
    ],
)
def test_only_a_role_stands_before_a_set_off_name(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A name set off after a phrase ending on a person is that person's, not the describer's.
        ('"We are leaving," said an aide in the circle of the premier, Nora Vance.', ["an aide"]),
        ('"We will fight on," said a clerk on the staff of the senator, Paul Grier.', ["a clerk"]),
        ('"It was a mistake," said a guard from the palace of the late king, Paul Grier.', ["a guard"]),
        ('"It was a mistake," said a rebel from the ranks of the usurper, Paul Grier.', ["a rebel"]),
        # Not changed: a phrase of place or time, or one ending on an office, before the name.
        ('Ortega\'s rival in the race for mayor, Tim Vale, said it was "a stitch-up".', ["Tim Vale"]),
        ('The firm\'s envoy in the capital, Nora Vance, said talks were "going well".', ["Nora Vance"]),
    ],
)
def test_a_name_after_a_phrase_ending_on_a_person_is_theirs(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # A rating's word alone is no stock rating: interest rates, a downgrade of nothing named.
        ('As interest rates climbed, broker Nell Okafor told her clients: "Sell."', ["Sell."]),
        ('The reserve bank\'s view on rates stayed "neutral," Governor Nell Okafor said.', ["neutral,"]),
        ('After the downgrade, Nell Okafor told savers to "hold" and wait.', ["hold"]),
        # Not changed: the rating of a stock, a share or a firm named after the rating's noun.
        ('Shares of Vell Corp are rated "underweight" by most desks.', []),
        ('Traders said Nell Okafor raised her recommendation of Vell Corp to a "buy" on Monday.', []),
        ('Nell Okafor at Dunmore rates the stock "sell", traders said.', []),
    ],
)
def test_a_rating_word_alone_is_no_stock_rating(text: str, quotes: list[str]) -> None:
    assert [quote.text for quote in body(text)] == quotes


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A past participle never stands before its speaker: `"…," written all over her face` names
        # no one (the words are worn, not said).
        ('Nell Okafor met the latecomer with "Not now," written all over her face.', []),
        ('The coach faced reporters with "No comment," written plainly across his face.', []),
        # Not changed: a simple past before its speaker, a tag before a participle clause.
        ('"Not now," wrote Nell Okafor in her weekly column.', ["Nell Okafor"]),
        ('Nell Okafor sighed. "Not now," she said, anger written all over her face.', ["Nell Okafor"]),
    ],
)
def test_a_past_participle_never_stands_before_its_speaker(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers
