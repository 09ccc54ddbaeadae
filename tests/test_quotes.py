"""Quote extraction and attribution on invented newsroom sentences: positives and negatives."""

from __future__ import annotations

import pytest

from osceq.extract.quote_kinds import looks_like_title
from osceq.extract.quotemarks import pair_marks
from osceq.extract.quotes import extract_quotes
from osceq.models import Quote
from tests.quote_helpers import body


def summary(quotes: list[Quote]) -> list[tuple[str, str, str | None, str | None]]:
    return [(q.text, q.kind, q.speaker, q.mention.text if q.mention else None) for q in quotes]


# (text, [(quote text, kind, speaker, mention as written)])
CASES = [
    # After-quote tags, both orders, straight and curly marks.
    (
        '"We will win this race," said Mara Quill.',
        [("We will win this race,", "direct", "Mara Quill", "Mara Quill")],
    ),
    (
        "“We will win this race,” Mara Quill said.",
        [("We will win this race,", "direct", "Mara Quill", "Mara Quill")],
    ),
    # A tag before the quote, with a colon or a comma.
    (
        'Mara Quill said: "We will win this race."',
        [("We will win this race.", "direct", "Mara Quill", "Mara Quill")],
    ),
    (
        "Tomas Ebner arrived late. He asserted, “The data is clear.”",
        [("The data is clear.", "direct", "Tomas Ebner", "He")],
    ),
    # A quote split by "he said": both halves are his.
    (
        'Otto Renn spoke first. "We will win," he said, "and we will win big."',
        [
            ("We will win,", "direct", "Otto Renn", "he"),
            ("and we will win big.", "direct", "Otto Renn", "he"),
        ],
    ),
    # A second quote after the tag's sentence continues the same speaker.
    (
        "“Costs are rising,” said Ivo Brandt. “Nobody planned for this.”",
        [
            ("Costs are rising,", "direct", "Ivo Brandt", "Ivo Brandt"),
            ("Nobody planned for this.", "direct", "Ivo Brandt", "Ivo Brandt"),
        ],
    ),
    # [sic] stays inside the quotation.
    (
        '"They has [sic] no plan at all," said Ann Lowe.',
        [("They has [sic] no plan at all,", "direct", "Ann Lowe", "Ann Lowe")],
    ),
    # Other quote marks: «», „“, ``'', two apostrophes, mis-encoded ―‖, single curly as the outer mark.
    ("«Nous sommes prêts,» said Anne Morel.", [("Nous sommes prêts,", "direct", "Anne Morel", "Anne Morel")]),
    (
        "„Wir sind bereit“, sagte er, said Karl Weiss.",
        [("Wir sind bereit", "direct", "Karl Weiss", "Karl Weiss")],
    ),
    ("``The vote is close,'' said Jo Park.", [("The vote is close,", "direct", "Jo Park", "Jo Park")]),
    ("''The vote is close,'' said Jo Park.", [("The vote is close,", "direct", "Jo Park", "Jo Park")]),
    ("―The vote is close,‖ said Jo Park.", [("The vote is close,", "direct", "Jo Park", "Jo Park")]),
    ("‘The vote is close,’ said Jo Park.", [("The vote is close,", "direct", "Jo Park", "Jo Park")]),
    # A nested quotation stays inside the outer one.
    (
        "\"He told me 'never again' on the phone,\" said Lena Holt.",
        [("He told me 'never again' on the phone,", "direct", "Lena Holt", "Lena Holt")],
    ),
    # Apostrophes are not quote marks.
    ("It’s the players’ union’s view that the port‘s plan won’t work in the ’90s style.", []),
    ("Rock 'n' roll isn't dead, the critics' guild says.", []),
    # Scare quotes and titles get no speaker and are not reported.
    ("Critics warn that any kind of “managed calm” might fail.", []),
    ("She read “The Long Winter Road” on the flight.", []),
    ('He appeared on "Morning Politics Hour" on Sunday.', []),
    # According to X.
    (
        'According to Dana Voss, "the budget is gone for this year."',
        [("the budget is gone for this year.", "direct", "Dana Voss", "Dana Voss")],
    ),
    # X told Y: the speaker is X, never the listener.
    ('"We are ready to sign," Voss told reporters.', [("We are ready to sign,", "direct", "Voss", "Voss")]),
    ("Voss told the council: “We are ready to sign.”", [("We are ready to sign.", "direct", "Voss", "Voss")]),
    # X, a title, said / said X, the title of Y.
    (
        '"It is over," Ruth Voss, a senior adviser to the mayor, said.',
        [("It is over,", "direct", "Ruth Voss", "Ruth Voss")],
    ),
    (
        '"It is over," said Ivo Brandt, the chairman of the port authority, on Monday.',
        [("It is over,", "direct", "Ivo Brandt", "Ivo Brandt")],
    ),
    # Organisations and roles speak too.
    (
        '"Talks will resume next week," the ministry said.',
        [("Talks will resume next week,", "direct", "the ministry", "the ministry")],
    ),
    (
        'According to the newspaper, "the deal was signed in secret."',
        [("the deal was signed in secret.", "direct", "the newspaper", "the newspaper")],
    ),
    # Pronouns go to the subject, not to the last person named (the object).
    (
        "Rena Kolb handed the award to Minister Ilse Varga. “It was earned by the whole team,” she said.",
        [("It was earned by the whole team,", "direct", "Rena Kolb", "she")],
    ),
    # A name inside the quote is not its speaker.
    (
        '"I spoke with Ilse Varga yesterday," said Rena Kolb.',
        [("I spoke with Ilse Varga yesterday,", "direct", "Rena Kolb", "Rena Kolb")],
    ),
    (
        'Tomas Ebner arrived late. "Ilse Varga is right about the port," he said.',
        [("Ilse Varga is right about the port,", "direct", "Tomas Ebner", "he")],
    ),
    # A partial quote inside reported speech belongs to the subject of the reporting verb.
    (
        'Kolb praised the city\'s status as an "important trading hub" on Friday.',
        [("important trading hub", "partial", "Kolb", "Kolb")],
    ),
    (
        'Ebner said the report showed a "lack of evidence" and left.',
        [("lack of evidence", "partial", "Ebner", "Ebner")],
    ),
    # A stray mark does not cost the quote after it.
    (
        'The 12" ruler broke. "It was a cheap one from the market," said Ann Lowe.',
        [("It was a cheap one from the market,", "direct", "Ann Lowe", "Ann Lowe")],
    ),
    # Transcript labels and signed pull quotes.
    (
        '"KOLB: We are ready to start the talks."',
        [("KOLB: We are ready to start the talks.", "direct", "KOLB", "KOLB")],
    ),
    (
        # (the label in capitals is shown as the full name the article gives it)
        'Ivo Kolb spoke to us.\n\n"KOLB: We are ready to start the talks."',
        [("KOLB: We are ready to start the talks.", "direct", "Ivo Kolb", "KOLB")],
    ),
    (
        "“The best day of my life.” ― Nadia Ferro",
        [("The best day of my life.", "direct", "Nadia Ferro", "Nadia Ferro")],
    ),
    # A title's full stop ends no sentence: the tag stays a tag, the next quote stays his.
    ("''It is time,'' Mr. Varga said.", [("It is time,", "direct", "Varga", "Mr. Varga")]),
    (
        '"It is over," said Capt. Ilse Varga. "We lost the vote."',
        [
            ("It is over,", "direct", "Ilse Varga", "Capt. Ilse Varga"),
            ("We lost the vote.", "direct", "Ilse Varga", "Capt. Ilse Varga"),
        ],
    ),
    # Three apostrophes after a word close the nested quote and the outer one together.
    ("''He told me, 'Not now,''' said Jo Park.", [("He told me, 'Not now,", "direct", "Jo Park", "Jo Park")]),
    # A quote that only carries on a partial attribution is partial too.
    (
        'Kolb said the plan was "a failure from the start." "Nobody planned for it."',
        [
            ("a failure from the start.", "partial", "Kolb", "Kolb"),
            ("Nobody planned for it.", "partial", "Kolb", "Kolb"),
        ],
    ),
    # Nouns that look like reporting verbs: after a possessive, a determiner and a name, a preposition.
    (
        'Kolb dismissed Varga\'s report as "a fantasy from start to end."',
        [("a fantasy from start to end.", "partial", "Kolb", "Kolb")],
    ),
    (
        'In a Facebook post, Kolb called the ruling "a disgrace for the whole town."',
        [("a disgrace for the whole town.", "partial", "Kolb", "Kolb")],
    ),
    (
        'Amid protests, Ebner rose and described the plan as "a betrayal of the town."',
        [("a betrayal of the town.", "partial", "Ebner", "Ebner")],
    ),
    # `…," said X, according to Y`: the cited source is the attribution, and the quote is a part of
    # what Y reports (partial).
    (
        '"We will appeal," Kolb said, according to a court filing.',
        [("We will appeal,", "partial", "a court filing", "a court filing")],
    ),
    # A participle after a quote does not invert: "saying the rest" names nobody.
    (
        '"It was a long night for all of us," Kolb said, saying the rest could wait.',
        [("It was a long night for all of us,", "direct", "Kolb", "Kolb")],
    ),
    (
        'The ad ran "all week long and on every channel," saying viewers were upset.',
        [("all week long and on every channel,", "partial", None, None)],
    ),
    # The main clause speaks, not a clause before it or a relative clause inside it.
    (
        'When Varga said the port would close, Kolb replied: "Not while I am mayor."',
        [("Not while I am mayor.", "direct", "Kolb", "Kolb")],
    ),
    (
        'Ebner, who says the port is too small, tweeted that the plan "will not work at all here."',
        [("will not work at all here.", "partial", "Ebner", "Ebner")],
    ),
    (
        'Ebner rejected what Kolb called "a fair compromise for all."',
        [("a fair compromise for all.", "partial", "Kolb", "Kolb")],
    ),
    # A pronoun subject after which/whom/who is the quote's own mention; after a sentence that
    # opens on a pronoun it is not, and after `what` it is not.
    (
        'Anton Kolb said it was a plan which he called "a fair compromise for all."',
        [("a fair compromise for all.", "partial", "Anton Kolb", "he")],
    ),
    (
        'Nadia Orfe praised the mayor, whom she described as "tireless and kind."',
        [("tireless and kind.", "partial", "Nadia Orfe", "she")],
    ),
    (
        'He said that Orfe had a plan, which he called "a fair compromise for all."',
        [("a fair compromise for all.", "partial", None, "He")],
    ),
    (
        'Kolb criticized what he called "a quiet surrender."',
        [("a quiet surrender.", "partial", "Kolb", "Kolb")],
    ),
    (
        'Ilse Kolb said the vote was close, though she said, "We will win."',
        [("We will win.", "direct", "Ilse Kolb", "she")],
    ),
    (
        'According to the manual, staff were told: "Never sign anything on the spot."',
        [("Never sign anything on the spot.", "direct", "the manual", "the manual")],
    ),
    # The object of a verb before a participle is not the speaker: the statement is Ebner's.
    (
        'Ebner issued a statement saying the plan "will not work at all here."',
        [("will not work at all here.", "partial", "Ebner", "Ebner")],
    ),
    # A dateline is not a sentence's subject.
    (
        'LISBON (AP) — Ebner on Monday posted a photo with the words "never again in this town."',
        [("never again in this town.", "partial", "Ebner", "Ebner")],
    ),
    # A wider reporting lexicon.
    ('"This is a disgrace," Kolb fumed.', [("This is a disgrace,", "direct", "Kolb", "Kolb")]),
    # A sentence of reported speech right before a cue-less quote beats an older quote's speaker, and
    # the quote carries that reported speech on.
    (
        '"We will win," said Kolb. Ebner says the result is open. "Nobody knows yet who will win."',
        [
            ("We will win,", "direct", "Kolb", "Kolb"),
            ("Nobody knows yet who will win.", "partial", "Ebner", "Ebner"),
        ],
    ),
]


CITATIONS = [
    # A quotation of a written source, marked by a reference: no guess from the sentence around it.
    (
        "Openness is a key value of the union. «Every member keeps its own voice in the council and in "
        "all the committees»[2, p. 14]. The rest followed.",
        [("Every member keeps its own voice in the council and in all the committees", "direct", None, None)],
    ),
    # An explicit cue still names the source's author.
    (
        "The committee wrote that «every member keeps its own voice in all the committees»[3].",
        [
            (
                "every member keeps its own voice in all the committees",
                "partial",
                "the committee",
                "The committee",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CITATIONS)
def test_quoted_written_sources(text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    found = summary(body(text))
    assert [(t, s) for t, _, s, _ in found] == [(t, s) for t, _, s, _ in expected]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_extraction_table(text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert summary(body(text)) == expected


def test_quote_over_paragraphs_continues_its_speaker() -> None:
    text = (
        'Tom Barrow said: "This is the first part of the statement, and it runs on.\n\n'
        '"This is the second part of it, which closes here."'
    )
    quotes = body(text)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("This is the first part of the statement, and it runs on.", "Tom Barrow"),
        ("This is the second part of it, which closes here.", "Tom Barrow"),
    ]
    assert quotes[1].evidence == "continuation"
    assert quotes[1].mention == quotes[0].mention  # the attribution rests on the first paragraph's mention


def test_quote_paragraph_without_cue_carries_over() -> None:
    text = '"We will rebuild the port," said Ivo Brandt.\n\n"It will take ten years and a lot of money."'
    second = body(text)[1]
    assert (second.speaker, second.evidence) == ("Ivo Brandt", "carry-over")
    assert second.confidence < body(text)[0].confidence


def test_surname_resolves_to_full_name_with_role_and_alias() -> None:
    text = (
        'The port is "a better gateway to the region," said Elsa Marrow, the transport minister, '
        "on Monday.\n\n"
        '"We have waited long enough for it," Marrow said.'
    )
    first, second = body(text)
    assert first.role == "the transport minister"
    assert (second.speaker, second.mention and second.mention.text) == ("Elsa Marrow", "Marrow")
    assert second.aliases == ("Marrow",)
    assert second.role == "the transport minister"


def test_a_role_set_off_where_the_story_introduces_the_speaker_describes_later_quotes() -> None:
    text = (
        "Ilse Varga, the director of the Reno Harbour Authority (RHA), toured the docks on Friday.\n\n"
        '"The cranes are older than I am," Varga said.'
    )
    (quote,) = body(text)
    assert (quote.speaker, quote.role) == ("Ilse Varga", "the director of the Reno Harbour Authority")


@pytest.mark.parametrize(
    "opening",
    [
        "For Ilse Varga, the director of the harbour is a rival, and the docks are old.",  # a clause
        "Ilse Varga, the day the cranes arrived, toured the docks.",  # no office or person noun
        "Ilse Varga, a director who has run the port since May, toured the docks.",  # a clause inside
    ],
)
def test_an_aside_that_is_no_role_describes_nobody(opening: str) -> None:
    (quote,) = body(opening + '\n\n"The cranes are older than I am," Varga said.')
    assert (quote.speaker, quote.role) == ("Ilse Varga", None)


def test_evidence_and_cue_offsets_point_into_the_text() -> None:
    text = 'Intro line. "We will win," said Mara Quill.'
    (quote,) = body(text)
    assert quote.cue is not None and quote.mention is not None
    assert text[quote.cue.start : quote.cue.end] == "said"
    assert text[quote.mention.start : quote.mention.end] == "Mara Quill"
    assert quote.evidence == "cue-after" and quote.confidence > 0.5


def test_unattributed_statement_has_no_speaker_and_no_confidence() -> None:
    text = "The report ended there. “A long quotation with nobody named anywhere near it at all.”"
    (quote,) = body(text)
    assert (quote.speaker, quote.mention, quote.confidence) == (None, None, 0.0)


def test_captions_and_boilerplate_are_not_scanned() -> None:
    text = (
        "Port Talks Resume After Long Delay\n\n"
        'Officials met on Monday. "The talks went well today," said Ivo Brandt.\n\n'
        '"Smile for us," said the photographer. Photo credit: Harbour Agency\n\n'
        'Sign up for our newsletter and "never miss a story" again!'
    )
    assert [q.text for q in extract_quotes(text)] == ["The talks went well today,"]


def test_offsets_slice_the_quote_text() -> None:
    text = 'A "first," said Ann Lowe, and "second part here," said Ann Lowe.\n\nNext “third one” ends.'
    for quote in body(text):
        assert text[quote.start : quote.end] == quote.text


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("Meet the Press", True),
        ("The Long Winter Road", True),
        ("Good Morning America", True),
        ("important trading hub", False),
        ("We will win.", False),
        ("Radical", False),
    ],
)
def test_looks_like_title(content: str, expected: bool) -> None:
    assert looks_like_title(content) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('say "a" and "b"', ["a", "b"]),
        ("it’s the players’ turn", []),
        ('"unclosed at the end', ["unclosed at the end"]),
        ('he said "outer "inner" rest" done', ['outer "inner" rest']),
    ],
)
def test_pair_marks(text: str, expected: list[str]) -> None:
    assert [text[p.open_end : p.close_start] for p in pair_marks(text, 0, len(text))] == expected


def test_a_pronoun_resolved_to_a_person_is_less_certain_than_the_name_itself() -> None:
    named, pronoun = body(
        'Mara Quill spoke first.\n\n"We will win," said Mara Quill.\n\n"We will win," she said.'
    )
    assert (named.speaker, pronoun.speaker) == ("Mara Quill", "Mara Quill")
    assert named.evidence == pronoun.evidence == "cue-after"
    assert 0.5 < pronoun.confidence < named.confidence
