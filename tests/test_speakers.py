"""Speaker names: keys, loose matching, corpus-level merging and in-article resolution.

The string-level name functions have their own tables in test_names.py."""

from __future__ import annotations

import pytest

from osceq.extract.first_names import by_first_word
from osceq.extract.given_names import first_name_gender
from osceq.extract.layout import ROLE_BODY
from osceq.extract.quotes import extract_quotes
from osceq.extract.speakers import Resolver, canonical_names, core_name, name_matches, speaker_key
from osceq.extract.text import paragraphs
from osceq.models import Block, Span


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Elina Valtonen", "elina valtonen"),
        ("VALTÖNEN", "valtonen"),
        ("Mr. Obama", "obama"),
        ("Sen. Ann  Lowe", "ann lowe"),
        ("the Ministry", "ministry"),
        ("O’Brien", "o'brien"),
    ],
)
def test_speaker_key(name: str, key: str) -> None:
    assert speaker_key(name) == key


@pytest.mark.parametrize(
    ("query", "name", "expected"),
    [
        ("valtonen", "Elina Valtonen", True),
        ("Elina Valtonen", "Elina Valtonen", True),
        ("ELINA VALTONEN", "Elina Valtonen", True),
        ("Valtönen", "Elina Valtonen", True),
        ("Mrs. Valtonen", "Elina Valtonen", True),
        ("Martin Luther King", "Martin Luther King", True),
        ("Martin King", "Martin Luther King", True),
        ("Elin", "Elina Valtonen", False),
        ("Elina", "Elina Valtonen", False),
        ("Anna Valtonen", "Elina Valtonen", False),
        ("Elina Valtonen", "Valtonen", False),
        ("", "Elina Valtonen", False),
        ("Valto", "Elina Valtonen", False),
    ],
)
def test_name_matches(query: str, name: str, expected: bool) -> None:
    assert name_matches(query, name) is expected


def test_canonical_names_merges_only_when_unambiguous() -> None:
    merged = canonical_names(
        ["Valtonen", "Elina Valtonen", "Clinton", "Bill Clinton", "Hillary Clinton", "Schmid"]
    )
    assert merged["Valtonen"] == "Elina Valtonen"
    assert merged["Elina Valtonen"] == "Elina Valtonen"
    assert merged["Clinton"] == "Clinton"  # two different first names: never merged
    assert merged["Bill Clinton"] == "Bill Clinton"
    assert merged["Hillary Clinton"] == "Hillary Clinton"
    assert merged["Schmid"] == "Schmid"


def test_canonical_names_prefers_the_fullest_form() -> None:
    merged = canonical_names(["Lowe", "Ann Lowe", "Ann Marie Lowe"])
    assert merged["Lowe"] == merged["Ann Lowe"] == "Ann Marie Lowe"


@pytest.mark.parametrize(
    ("mention", "core"),
    [
        ("former Gov. Tad Corwin of Maine", "Tad Corwin"),
        ("Norway’s Foreign Minister Ada Lindqvist", "Ada Lindqvist"),
        ("League Secretary-General Vera Holm", "Vera Holm"),
        ("Mrs. Clinton", "Clinton"),
        ("Ivo Brandt", "Ivo Brandt"),
    ],
)
def test_core_name(mention: str, core: str) -> None:
    assert core_name(mention) == core


def resolver(text: str) -> Resolver:
    return Resolver(text, [Block(a, b, ROLE_BODY) for a, b in paragraphs(text)])


def span(text: str, word: str, occurrence: int = 1) -> Span:
    start = -1
    for _ in range(occurrence):
        start = text.index(word, start + 1)
    return Span(word, start, start + len(word))


@pytest.mark.parametrize(
    ("text", "pronoun", "expected"),
    [
        # The subject wins over the object named last.
        ("Rena Kolb handed the prize to Minister Ilse Varga. Later she said more.", "she", "Rena Kolb"),
        # A name inside a quotation is not a candidate.
        ('Tomas Ebner arrived. "Ilse Varga is right," he said.', "he", "Tomas Ebner"),
        # A known gender (from a title) rules a candidate out.
        (
            "Ms. Ilse Varga met Mr. Tomas Ebner. Then Mr. Ebner spoke to the crowd. She said no.",
            "She",
            "Ilse Varga",
        ),
        (
            "Ms. Ilse Varga met Mr. Tomas Ebner. Then Mr. Ebner spoke to the crowd. He said no.",
            "He",
            "Tomas Ebner",
        ),
        # Nobody to stand for: no guess.
        ("The weather turned. She said no.", "She", None),
        # An opening clause or phrase, however long, comes before the subject; failing a person there,
        # the opening clause's subject is the one the sentence is about.
        (
            "Tomas Ebner spoke. After the meeting of the board ended in chaos when many members were told"
            " that they could not vote, Ilse Varga, the chair, said she was threatened. Later she said more.",
            "she",
            "Ilse Varga",
        ),
        (
            "Tomas Ebner spoke. Regarding Ebner's remarks on the plan, Ilse Varga said nothing. Later she said more.",
            "she",
            "Ilse Varga",
        ),
        (
            "Tomas Ebner spoke. When Ilse Varga arrived in Port Lorne, Maine, the crowd cheered. Later she said more.",
            "she",
            "Ilse Varga",
        ),
        # A possessive subject with a name in apposition is about the name, not the possessor; a
        # relation noun makes even an unknown single name a person, a group's name stays none.
        (
            "Ilse Varga, the mayor, spoke. Ebner's pollster, Tomas Holm, says his man can win. He said more.",
            "He",
            "Tomas Holm",
        ),
        ("Ilse Varga spoke. Ebner's wife, Mirja, is to speak. She said more.", "She", "Mirja"),
        ("Ilse Varga spoke. Ebner's group, Lorne Forward, raised funds. She said more.", "She", "Ilse Varga"),
        # An organisation never stands for he or she.
        ("Ilse Varga spoke. Port Lorne Golf Club hosted the event. She said more.", "She", "Ilse Varga"),
        # A title's gender goes with its surname only where one person has it; a description's own
        # noun tells its gender wherever it stands.
        ("Ilse Holm spoke. Mrs. Holm smiled. John Holm, her son, agreed. He said more.", "He", "John Holm"),
        (
            "Ms. Ilse Holm spoke. A spokesman for Ms. Holm declined to comment. She said more.",
            "She",
            "Ilse Holm",
        ),
        # A contracted pronoun is the subject: the name after it is no candidate.
        ("Ilse Varga spoke. She's Tomas Ebner's equal at chess. Later she said more.", "she", "Ilse Varga"),
        # A tag that a long aside keeps from the end of its sentence still names the speaker.
        (
            "Tomas Ebner spoke.\n\nRates will not fall, said Rena Kolb, a professor of economics at Lorne, who is"
            " one of the foremost experts on the bank and on all of its many critics in the whole wide world."
            " ''We have no cure,'' she said.",
            "she",
            "Rena Kolb",
        ),
        # A generation after a name (II, Jr.) does not hide the person the name is known as.
        (
            "Ilse Varga spoke. Tomas R. Holm II, a lawyer in Lorne, later came back. He married. He said more.",
            "He",
            "Tomas R. Holm II",
        ),
        # Failing a person for the subject, the person an "according to" cites.
        (
            "Tomas Ebner spoke. The news will be biased, according to a post from Ilse Varga. Then she wrote more.",
            "she",
            "Ilse Varga",
        ),
        # Whom a he or she speaks to is not who the pronoun stands for.
        (
            'Tomas Ebner spoke first. Rena Kolb asked him about a plan. "It will work," he told Kolb.',
            "he",
            "Tomas Ebner",
        ),
        # A place of two words is no he or she.
        (
            "Ilse Varga spoke. But even today, New York tends to run it all. She said more.",
            "She",
            "Ilse Varga",
        ),
        # A role word the name parser does not know does not turn the subject into an organisation.
        (
            "Ilse Varga spoke. County freeholder Tomas B. Holm said it was late. He said more.",
            "He",
            "Tomas B. Holm",
        ),
        # A subject that a pronoun's tag talks about is not that pronoun's person.
        (
            "Tomas Ebner spoke first. Ilse Varga, he said, is no conservative. Then he said more.",
            "he",
            "Tomas Ebner",
        ),
        # After a linking word the subject comes first, not after the next comma.
        (
            "Rena Kolb spoke. And Tomas Ebner, for all his doubts, agreed. Later he said more.",
            "he",
            "Tomas Ebner",
        ),
        (
            "Tomas Ebner arrived. Then he described a park, outside Port Lorne by the sea. Later he said more.",
            "he",
            "Tomas Ebner",
        ),
        # A common given name of one gender rules a candidate out.
        (
            "Tomas Varga won the primary. His rival, Susan Kolb, won two states. He told the crowd more.",
            "He",
            "Tomas Varga",
        ),
        ("Ilse Varga spoke first. Later Gary Holm joined the panel. She said more.", "She", "Ilse Varga"),
        ("Gary Holm joined the panel. She said more.", "She", None),
        # When the sentence's subject is no person, the subject of its clause after "but" may be.
        (
            "Tomas Ebner spoke first. The crowd wanted to leave, but Rena Kolb kept going. Then she said more.",
            "she",
            "Rena Kolb",
        ),
        # Not after a colon: what follows it is what someone said or wrote.
        (
            "Rena Kolb spoke first. The vote was late: the crowd left, but Quelda Varga stayed. Then she said more.",
            "she",
            "Rena Kolb",
        ),
        # A description that names its person, after "named" or in commas, stands for that name.
        (
            "Rena Kolb spoke first. Last week, the bank director, Tomas B. Ebner, said no. He said more.",
            "He",
            "Tomas B. Ebner",
        ),
        (
            "Rena Kolb spoke first. Outside the plant, a worker named Tomas Ebner was happy. He said more.",
            "He",
            "Tomas Ebner",
        ),
        # A description in apposition to a name stands for that person; not so after an opening word.
        (
            "Tomas Ebner spoke first. The latest is Rep. Ilse Varga, the Reno congresswoman who gained fame when"
            " she yelled.",
            "she",
            "Ilse Varga",
        ),
        (
            "Tomas Ebner spoke first. Instead, the Reno congresswoman gained fame when she yelled.",
            "she",
            "the Reno congresswoman",
        ),
        # A lone word is not linked to a firm's name that opens with it.
        (
            "Tomas Ebner bid for Lorne World Inc. Lorne World earned more. Lorne twice refused. He said more.",
            "He",
            "Tomas Ebner",
        ),
        (
            "Tomas Ebner bid for Lorne Paints, which the bank owns. Lorne twice refused his request. He said more.",
            "He",
            "Tomas Ebner",
        ),
        # A description after a place ("In Reno, a spokesman"; "sought by Reno Kolb, the official said").
        (
            "Tomas Ebner spoke. In Reno, a bank spokesman declined to comment. He said more.",
            "He",
            "a bank spokesman",
        ),
        (
            "Tomas Ebner spoke. The rise was sought by Reno Kolb, the trade official said. He said more.",
            "He",
            "the trade official",
        ),
        # A sentence with no person for its subject is about the one person it names, known by a common
        # given name; not when a pronoun is its subject, nor when it names two people.
        ("Rena Kolb spoke first. Just look at Senator Gary Varga. He said more.", "He", "Gary Varga"),
        ("Rena Kolb spoke first. Then she met Susan Varga at noon. She said more.", "She", "Rena Kolb"),
        (
            "Rena Kolb spoke first. The award went to Susan Varga and Lorne Holm. She said more.",
            "She",
            "Rena Kolb",
        ),
        # A name whose predicate is quoted right after it, into the pronoun's tag, is talked about.
        ("Tomas Ebner spoke first. Rena Kolb “caused tremendous havoc,” he said.", "he", "Tomas Ebner"),
        # An opening phrase with an aside in dashes, then the subject.
        (
            "Tomas Ebner spoke first. Asked later - war or peace - Rena Kolb smiled. Then she said more.",
            "she",
            "Rena Kolb",
        ),
        (
            "Tomas Ebner spoke first. Asked later -- war or peace -- Rena Kolb smiled. Then she said more.",
            "she",
            "Rena Kolb",
        ),
        # A first name alone, later, is the one person of the article whose full name opens with it.
        (
            "Tomas Ebner told Ilse Varga about the plan. Ilse was incredulous. She said more.",
            "She",
            "Ilse Varga",
        ),
        # A name after "the" is a paper's, a firm's or a place's.
        (
            "Rena Kolb spoke on Monday. The vote was late, the Lorne Star reported. Then she said more.",
            "she",
            "Rena Kolb",
        ),
    ],
)
def test_pronoun_antecedent(text: str, pronoun: str, expected: str | None) -> None:
    speaker, _ = resolver(text).resolve(span(text, pronoun), "pronoun")
    assert speaker == expected


def test_a_person_named_too_far_back_is_no_guess() -> None:
    filler = "The river rose again in the spring and the fields along its banks were lost. " * 15
    text = f"Tomas Ebner spoke.\n\n{filler}\n\nLater he said more."
    assert len(filler) > 1000
    start = text.rindex(" he ") + 1
    speaker, _ = resolver(text).resolve(Span("he", start, start + 2), "pronoun")
    assert speaker is None


def test_surname_resolves_to_the_full_name_seen_in_the_article() -> None:
    text = "Ada Lindqvist arrived on Monday. Lindqvist said the talks went well."
    speaker, aliases = resolver(text).resolve(span(text, "Lindqvist", 2), "name")
    assert (speaker, aliases) == ("Ada Lindqvist", ("Lindqvist",))


def test_a_title_case_headline_is_no_fuller_name() -> None:
    text = (
        "The Harbour Crowd Does Not Like Ada Lindqvist\n\nAda Lindqvist arrived. Lindqvist said it went well."
    )
    speaker, _ = resolver(text).resolve(span(text, "Lindqvist", 3), "name")
    assert speaker == "Ada Lindqvist"


def test_a_headline_run_of_capitals_is_no_fuller_name() -> None:
    text = "Ilse Varga Praises Rena Kolb\n\nRena Kolb arrived on Monday. Kolb said it went well."
    speaker, _ = resolver(text).resolve(span(text, "Kolb", 3), "name")
    assert speaker == "Rena Kolb"


def test_a_headline_gives_no_role() -> None:
    text = 'Ivo Marsh Praises Lakeport Ledger Editor Ana Ruiz\n\nAna Ruiz arrived. "It went well," Ruiz said.'
    assert quotes_of(text) == [("Ana Ruiz", None)]


def test_an_organisation_is_no_he_or_she() -> None:
    text = 'The parade began, the Lakeport Sun-Times reported.\n\n"We marched," he said.'
    assert quotes_of(text) == [(None, None)]


def test_a_common_word_opening_a_sentence_is_no_first_name() -> None:
    text = (
        "Rival Ada Lindqvist's campaign raised more. The rival camp was quiet. "
        "Then Ada Lindqvist arrived. Lindqvist said it went well."
    )
    speaker, _ = resolver(text).resolve(span(text, "Lindqvist", 3), "name")
    assert speaker == "Ada Lindqvist"


def test_a_first_name_opening_sentences_stays() -> None:
    text = "Debbie Wasserman Schultz arrived. Later Wasserman Schultz said it went well."
    speaker, _ = resolver(text).resolve(span(text, "Wasserman Schultz", 2), "name")
    assert speaker == "Debbie Wasserman Schultz"


def test_shared_surname_is_not_merged() -> None:
    text = "Bill Clinton and Hillary Clinton arrived. Clinton said the talks went well."
    speaker, _ = resolver(text).resolve(span(text, "Clinton", 3), "name")
    assert speaker == "Clinton"


def test_relative_who_points_at_the_name_before_it() -> None:
    text = "The mayor praised Ivo Brandt, who called the plan a success."
    speaker, _ = resolver(text).resolve(span(text, "who"), "relative")
    assert speaker == "Ivo Brandt"


def test_relative_who_after_a_name_with_a_suffix() -> None:
    text = "The mayor praised Ivo Brandt Jr., who called the plan a success."
    speaker, _ = resolver(text).resolve(span(text, "who"), "relative")
    assert speaker == "Ivo Brandt Jr."


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("Brandt III", "L. Lars Brandt III"),  # the leading initial is part of the full name
        ("Brandt Jr.", "L. Lars Brandt Jr."),
        ("Brandt", "Brandt"),  # father or son: neither is guessed
    ],
)
def test_a_generation_keeps_father_and_son_apart(mention: str, expected: str) -> None:
    text = (
        "The centre was founded by L. Lars Brandt III. His father, L. Lars Brandt Jr., wrote books. "
        f"{mention} said it went well."
    )
    speaker, _ = resolver(text).resolve(span(text, mention, text.count(mention)), "name")
    assert speaker == expected


def test_a_surname_is_the_one_person_of_that_name_with_a_generation() -> None:
    text = "Ken Osei Jr. arrived on Monday. Osei said it went well."
    speaker, _ = resolver(text).resolve(span(text, "Osei", 2), "name")
    assert speaker == "Ken Osei Jr."


def quotes_of(text: str) -> list[tuple[str | None, str | None]]:
    blocks = [Block(a, b, ROLE_BODY) for a, b in paragraphs(text)]
    return [(q.speaker, q.role) for q in extract_quotes(text, blocks)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A title, an office or a department written before the name is the role, not the name.
        (
            'Chancellor of the Exchequer Tomas Ebner said: "Rates will fall."',
            [("Tomas Ebner", "Chancellor of the Exchequer")],
        ),
        (
            '"Rates will fall," said U.S. Trade Representative Ilse Varga.',
            [("Ilse Varga", "U.S. Trade Representative")],
        ),
        (
            'Federal Reserve Board Vice Chairman Oskar Feld spoke on Monday. "Growth is slow," Feld said.',
            [("Oskar Feld", "Federal Reserve Board Vice Chairman")],
        ),
        ('"Growth is slow," said Finance Minster Ivo Brandt.', [("Ivo Brandt", "Finance Minster")]),
        # An anonymous description is the speaker as written, never a name found inside it.
        ('"We will not sell," one U.S. official said.', [("one U.S. official", None)]),
        ('"Prices are firm," a Western diplomat said.', [("a Western diplomat", None)]),
        ('"Prices are firm," said a company spokesman.', [("a company spokesman", None)]),
        ('"It is over," said the company.', [("the company", None)]),
        # A description beside a name between commas is the person's role, the name the speaker.
        (
            'The rally ended. Ivo Marsh, a 61-year-old baker from Lakeport, Ohio, said the crowd was "the best '
            'in years."',
            [("Ivo Marsh", "a 61-year-old baker from Lakeport")],
        ),
        (
            'The rally ended. Marsh, a creative writing professor, said his roots are "very dear to me."'
            " Later Marsh left.",
            [("Marsh", "a creative writing professor")],
        ),
        (
            'The previous nominee, Rena Kolb, called the plan "a failure."',
            [("Rena Kolb", "the previous nominee")],
        ),
        # Two people who speak together are both the speaker, each by the fullest name.
        (
            'Ana Ruiz met Ivo Marsh on Monday. "We will win," Ruiz and Marsh said.',
            [("Ana Ruiz and Ivo Marsh", None)],
        ),
        ('Ana Ruiz and Ivo Marsh said, "We will win."', [("Ana Ruiz and Ivo Marsh", None)]),
        ('"We will win," said Ana Ruiz and Ivo Marsh.', [("Ana Ruiz and Ivo Marsh", None)]),
        (
            "State Senate leader Ana Ruiz and House Speaker Ivo Marsh, both Republicans, said the plan"
            ' was "a disaster."',
            [("Ana Ruiz and Ivo Marsh", "both Republicans")],
        ),
        # A quotation before a name (a show's title, a phrase) is no part of the speaker's name.
        (
            "Sunday on Example News channel’s “Morning Hour,” Rep. Ana Ruiz said the plan’s “costs” are"
            " too high.",
            [("Ana Ruiz", "Rep.")],
        ),
        (
            'Her rival will play the "woman card," Ruiz said, adding that the answer "is to attack her record."',
            [("Ruiz", None), ("Ruiz", None)],
        ),
        # A campaign or a spokesman speaks for a person and is shown with the person's full name.
        (
            'Ana Ruiz spoke on Monday. Ruiz\'s campaign called the ad "a lie."',
            [("Ana Ruiz's campaign", None)],
        ),
        (
            'Ana Ruiz spoke on Monday. Ruiz\'s spokesman called the ad "a lie."',
            [("Ana Ruiz's spokesman", None)],
        ),
        # … but a firm's chairman is not a person's, whoever shares the firm's name.
        (
            'Ivo Emery founded the firm. Emery\'s chairman called the bid "too low."',
            [("Emery's chairman", None)],
        ),
        # … also when the tag's words are the description (`Ann Lee, the bank's president said`,
        # `said the bank's chief economist, Ann Lee.`), or a second office comes before the name.
        (
            '"We see no return," Ana Ruiz, Example Corp president and chief executive officer said.',
            [("Ana Ruiz", "Example Corp president and chief executive officer")],
        ),
        (
            '"It will bottom out," said Example Bank chief economist, Ivo Marsh.',
            [("Ivo Marsh", "Example Bank chief economist")],
        ),
        (
            '"Sales are strong," said Example West vice president and treasurer Ivo Marsh.',
            [("Ivo Marsh", "Example West vice president and treasurer")],
        ),
        # … but not a tag set into the sentence about the name, nor a sentence adverb.
        ('It was late.\n\nKolb, a close adviser said, "is quite relaxed."', [("a close adviser", None)]),
        ('However, the official said the plan was "a failure."', [("the official", None)]),
        # A title written with "of" before a name stops at the sentence before it.
        (
            "The talks ended with Foreign Minister Ivo Brandt.\nChief of Staff Rena Kolb spoke later. "
            '"It went well," Kolb said.',
            [("Rena Kolb", "Chief of Staff")],
        ),
        # A pronoun after a description of one person stands for that person.
        (
            'A company spokeswoman declined to give figures. "Sales were flat," she said.',
            [("a company spokeswoman", None)],
        ),
        # An adverb or a participle clause between commas is no role.
        ('Ivo Brandt is a lawyer. "The plan failed," Brandt, however, said.', [("Ivo Brandt", None)]),
        (
            '"Rates will rise," Ebner, first appointed to the board by President Jan Novak in 1979, said.',
            [("Ebner", None)],
        ),
        # Whoever was told or contacted is not the speaker.
        (
            '"The talks failed," the official, who asked not to be named, told Newsline.',
            [("the official", None)],
        ),
        ('A spokesman contacted by Newsline said the offer was "far too low".', [("a spokesman", None)]),
        # Reported speech closed by a tag names the "she" of the next quote, not an earlier speaker.
        (
            '"We expect cuts," said Rena Kolb.\n\nRates will rise again, said Ilse Varga, an economist.'
            '\n\n"It will happen soon enough," she said.',
            [("Rena Kolb", None), ("Ilse Varga", None)],
        ),
        (
            '"We expect cuts," said Tomas Ebner.\n\nThe central bank must first decide whether prices will'
            ' fall any further before it acts, one official said.\n\n"That takes days," he said.',
            [("Tomas Ebner", None), ("one official", None)],
        ),
        # A name after "said" that goes on into a clause is what was said about, not who said it.
        (
            '"We expect cuts," said Rena Kolb.\n\nIlse Varga, a banker, said Ana Ruiz should resign.'
            '\n\n"She has to go," she said.',
            [("Rena Kolb", None), ("Ilse Varga", "a banker")],  # her role from where she is named
        ),
        # A subject named after its source (According to X, Y …) is named later than the source.
        (
            'According to Newsline, Ilse Varga thanked her "loyal volunteers" in the hall.'
            '\n\n"We will win," she said.',
            [("Newsline", None), ("Ilse Varga", None)],
        ),
        # A description of a title stands for the one person seen with that title, else stays as is.
        (
            '"We will win," said Ohio Gov. Ann Lee.\n\nThen the Ohio governor arrived late.\n\n"It is time," she said.',
            [("Ann Lee", "Ohio Gov."), ("Ann Lee", "Ohio Gov.")],
        ),
        (
            '"We will win," said Texas Gov. Ann Lee.\n\nThen the Ohio governor arrived late.\n\n"It is time," she said.',
            [("Ann Lee", "Texas Gov."), ("the Ohio governor", None)],
        ),
        # A person once given a "he" is no "she" later in the article.
        (
            'Kim Lee arrived.\n\n"We won," he said.\n\nIlse Varga praised the team. Then Kim Lee left early.'
            '\n\n"It was fun," she said.',
            [("Kim Lee", None), ("Ilse Varga", None)],
        ),
    ],
)
def test_speaker_names_in_articles(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert quotes_of(text) == expected


def test_a_lower_case_source_is_no_he_or_she() -> None:
    # What an "according to" names in lower case (audio, excerpts) never stands for a later "he".
    text = (
        'Tomas Ebner spoke on Monday.\n\n"We will win," Ebner said, according to audio provided to'
        ' Newsline.\n\n"It is time," he said.'
    )
    assert quotes_of(text)[-1] == ("Tomas Ebner", None)


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Steven Holm", "m"),
        ("Susan Kolb", "f"),
        ("Kelly Holm", None),  # given to men and women alike
        ("Susan", None),  # one word may be a surname
        ("Quillon Ebner", None),  # not in the lists
    ],
)
def test_first_name_gender(name: str, gender: str | None) -> None:
    assert first_name_gender(name) == gender


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A lone first name (or a surname written first) stands for the full name it opens.
        (
            'Tomas R. Kolb ran the firm.\n\nAnd Tomas, then at school, did not agree. "I was young," he said.',
            [("Tomas R. Kolb", None)],
        ),
        (
            'Lou Wen is the finance minister.\n\n"It is fine," Mr. Lou said.\n\n"It is over," he said.',
            "Lou Wen",
        ),
        # A word opening the sentence, that the article writes in lower case, is not part of the name.
        (
            'Tomas Kolb spoke to voters who was there.\n\nWas Kolb satisfied with the answer? "Partly," he said.',
            [("Tomas Kolb", None)],
        ),
        # A dateline before the subject: the sentence still names its one person.
        (
            'RENO, March 3 - Commerce Secretary Gary Varga said exports must rise.\n\n"It is time," he said.',
            [("Gary Varga", "Commerce Secretary")],
        ),
        # A source after "the" (a paper) is no he or she.
        (
            'Rena Kolb spoke on Monday.\n\n"It was late," according to the Lorne Star.\n\n"We won," she said.',
            [("Lorne Star", None), ("Rena Kolb", None)],
        ),
        (
            'Rena Kolb spoke on Monday.\n\nThe Lorne Star reported: "It was late."\n\n"We won," she said.',
            [("Lorne Star", None), ("Rena Kolb", None)],
        ),
    ],
)
def test_pronoun_speakers_in_quotes(text: str, expected: list[tuple[str, None]] | str) -> None:
    found = quotes_of(text)
    if isinstance(expected, str):
        assert found[-1] == (expected, None)
    else:
        assert found == expected


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Ann Lee", "Ann B. Lee", "Lee"], {"Ann": {"ann lee": "Ann Lee", "ann b lee": "Ann B. Lee"}}),
        (["Kolb Jr.", "Kolb II"], {}),  # a generation is no surname: "Kolb" has no full name here
    ],
)
def test_names_by_first_word(names: list[str], expected: dict[str, dict[str, str]]) -> None:
    assert by_first_word(names) == expected
