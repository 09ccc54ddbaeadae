"""Shapes found by the fix45b review: one sentence break after a name suffix for every splitter, a
kin subject after its owner's sentence, agents of by-participles, fronted clauses with touching
names. Invented names and sentences only."""

from __future__ import annotations

import pytest

from osceq.extract.participle_objects import participle_of_object
from osceq.extract.quote_sentences import sentence_start
from osceq.extract.reduced_relatives import reduced_passive
from osceq.extract.text import sentences
from osceq.extract.tokens import abbreviation_dot, tokenize
from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # `Sr. His son …`: a new sentence with its own cue names the second speaker.
        (
            '"The dam must stay shut," said Ewan Tolle Sr. His son Ewan Tolle Jr. said: "We will sue."',
            ["Ewan Tolle Sr.", "his son Ewan Tolle Jr"],
        ),
        ('"We lost," said Bram Oskar Jr. The mayor said: "We won."', ["Bram Oskar Jr.", "the mayor"]),
        # Negatives: a suffix before a verb or a name stays inside its sentence.
        ('Bram Oskar Jr. said: "We won."', ["Bram Oskar Jr."]),
        ('"We won," said Bram Oskar Sr. Lund, the coach.', ["Bram Oskar Sr. Lund"]),
        # `Jr. A` after a lower-case word or an article is a hockey class, not a sentence end.
        ('Ivo Vell, who played Jr. A hockey for the Osk Owls, said: "We will win."', ["Ivo Vell"]),
        ('The Osk Owls, a Jr. A team, said: "We will win."', ["Osk Owls"]),
        ('"We lost," said Bram Oskar, Jr. The mayor said: "We won."', ["Bram Oskar", "the mayor"]),
    ],
)
def test_suffix_dot_before_opener_ends_sentence(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "breaks"),
    [
        ("He met Ewan Tolle Sr. His son came too.", True),
        ("He met Ewan Tolle Sr. The son came too.", True),
        ("He met Ewan Tolle Sr. Marta came too.", False),
        ("He met Ewan Tolle Sr. at noon.", False),
        ("He met Ewan Tolle, Sr. A son came too.", True),
        ("He played Sr. A hockey.", False),
        ("He coached a Sr. A team.", False),
        ("He coached The Sr. A team.", False),
    ],
)
def test_splitters_agree_on_suffix_dot(text: str, breaks: bool) -> None:
    dot = text.index("Sr.") + 2
    after = dot + 2
    assert (len(sentences(text)) == 2) is breaks
    assert (sentence_start(text, 0, 0, after) == after) is breaks
    tokens = tokenize(text, 0, len(text))
    k = next(i for i, t in enumerate(tokens) if t.start == dot)
    assert abbreviation_dot(tokens, k) is not breaks


_JAILED = "Oskar Brandt was jailed for fraud on Monday. "


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # `Brandt's son remains defiant.`: the son's sentence; the he after it is the son, unnamed.
        (_JAILED + 'Brandt\'s son remains defiant. "They framed my father," he said.', [None]),
        (_JAILED + 'Brandt\'s nephew stays defiant. "They framed my uncle," he said.', [None]),
        # Negatives: a relative of the other sex, a body the owner leads, a named son.
        (_JAILED + 'Brandt\'s wife remains calm. "They framed me," he said.', ["Oskar Brandt"]),
        (_JAILED + 'Brandt\'s team remains defiant. "They framed me," he said.', ["Oskar Brandt"]),
        (_JAILED + 'Brandt\'s son, Emil, remains defiant. "They framed my father," he said.', ["Emil"]),
        # A son named without commas is the son's sentence too: the he is his, never the father's.
        (_JAILED + 'Brandt\'s son Emil remains defiant. "They framed my father," he said.', [None]),
        (_JAILED + 'His son Emil remains defiant. "They framed my father," he said.', [None]),
        # Kept: a named relative of the other sex; a named lawyer, of either sex.
        (_JAILED + 'His daughter Ines remains defiant. "They framed me," he said.', ["Oskar Brandt"]),
        (
            _JAILED + 'Brandt\'s lawyer Ines Dorn says the case is weak. "They framed me," he said.',
            ["Oskar Brandt"],
        ),
    ],
)
def test_owner_is_no_subject_of_kin_sentence(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # `described … by X as "…"`: X's words, with a time phrase before "by" or not.
        ('The offer described yesterday by Greta Holm as "a farce" was withdrawn.', ["Greta Holm"]),
        ('The offer described last week by Greta Holm as "a farce" was withdrawn.', ["Greta Holm"]),
        ('The levy was branded on Monday by the mayor as "a fraud."', ["the mayor"]),
        # Kept: no time phrase; a by-agent with no "as" leaves the noun no speaker.
        ('The offer described by Greta Holm as "a farce" was withdrawn.', ["Greta Holm"]),
        ('The terms offered yesterday by the bank were "fair," Ovid Karr said.', ["Ovid Karr"]),
    ],
)
def test_agent_before_as_after_time_phrase(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # `the minister quoted by the agency said`: the agent of the participle is not the subject.
        ('The envoy quoted by the agency said: "We will not bend."', ["the envoy"]),
        ('The envoy quoted on Monday by the agency said: "We will not bend."', ["the envoy"]),
        ('The envoy cited by the broadcaster said "we will not bend."', ["the envoy"]),
        # Kept: a participle that is no reporting verb; the participle set off by commas.
        ('The envoy contacted by the agency said: "We will not bend."', ["the envoy"]),
        ('The envoy, quoted by the agency, said: "We will not bend."', ["the envoy"]),
        ('Rolf Amsel was widely quoted by the agency as saying: "We will not bend."', ["Rolf Amsel"]),
        # An opening adverb before the participle is no noun: the name after the agent speaks.
        ('Later questioned by reporters Rolf Amsel said: "We will not bend."', ["Rolf Amsel"]),
        ('Then asked by reporters Rolf Amsel said: "We will not bend."', ["Rolf Amsel"]),
        ('Now asked by reporters Rolf Amsel said: "We will not bend."', ["Rolf Amsel"]),
        ('Envoys quoted by the agency said: "We will not bend."', ["envoys"]),
    ],
)
def test_agent_of_reporting_participle_is_no_subject(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A number word before capitalised words only opens a firm's name: its case is kept.
        ('Four Winds Holdings said profits rose. "We had a good year," it said.', ["Four Winds Holdings"]),
        ('Nine Oaks Capital Partners said: "We had a good year."', ["Nine Oaks Capital Partners"]),
        # Kept: a count before a lower-case noun.
        ('Two senior officials said: "We had a good year."', ["officials"]),
    ],
)
def test_number_word_opening_a_name_keeps_its_case(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


_SAID = ' said: "We will not bend on this tariff."'


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A fronted clause with no comma whose object's capitals touch the name: nobody is read.
        ("Asked about Edda Vorn Kell" + _SAID, [None]),
        ("Asked about the Green Pact Kell" + _SAID, [None]),
        ("Asked about the tariff by Edda Vorn Ansel Kell" + _SAID, [None]),
        # Kept: a lower-case word, a title or a pronoun parts the object from the name.
        ("Asked about the tariff Edda Vorn" + _SAID, ["Edda Vorn"]),
        ("Asked about the tariff mayor Ansel Kell" + _SAID, ["Ansel Kell"]),
        ("Asked about it Ansel Kell" + _SAID, ["Ansel Kell"]),
        ("Asked about the tariff, Ansel Kell" + _SAID, ["Ansel Kell"]),
        # An acronym or a body word ends the object; a title starts the subject.
        ("Asked by the KVX Ansel Kell" + _SAID, ["Ansel Kell"]),
        ("Asked by the Tarn Valley Times Ansel Kell" + _SAID, ["Ansel Kell"]),
        ("Asked by the KVX Prime Minister Ansel Kell" + _SAID, ["Ansel Kell"]),
        # Still unread: three capitalised words after the acronym may hold more of the object.
        ("Asked by the KVX Edda Vorn Kell" + _SAID, [None]),
    ],
)
def test_names_touching_after_fronted_clause(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("phrase", "steps_over"),
    [
        ("the terms offered last week by the bank", True),
        ("the envoy quoted on Monday by the agency", True),
        # Past the one shared limit of time words before "by", no rule steps over them.
        ("the terms offered late last week by the bank", False),
        ("the envoy quoted late last week by the agency", False),
    ],
)
def test_one_limit_of_time_words_before_by(phrase: str, steps_over: bool) -> None:
    tokens = tokenize(phrase, 0, len(phrase))
    v = next(i for i, t in enumerate(tokens) if t.low in ("offered", "quoted"))
    by = next(i for i, t in enumerate(tokens) if t.low == "by")
    assert reduced_passive(tokens, v) is steps_over
    assert (participle_of_object(tokens, by + 1) == v) is steps_over
