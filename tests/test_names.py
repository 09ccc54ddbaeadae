"""Speaker names as strings: what a mention names, name tests, roles, keys, matching and merging."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from osceq.extract.names import (
    DESCRIPTION,
    ORGANISATION,
    PERSON,
    canonical_names,
    clean_role,
    is_description,
    is_person_name,
    name_matches,
    parse_mention,
    singular_person,
    speaker_key,
)
from osceq.extract.text import repair_mojibake


@pytest.mark.parametrize(
    ("mention", "name", "role", "kind"),
    [
        # Titles, offices, departments and nationalities before a name are its role, not the name.
        ("Chancellor of the Exchequer Tomas Ebner", "Tomas Ebner", "Chancellor of the Exchequer", PERSON),
        # "for" inside a title: "Minister for Foreign Affairs", "Secretary of State for Health".
        ("Minister for Foreign Affairs Ilse Varga", "Ilse Varga", "Minister for Foreign Affairs", PERSON),
        (
            "Minister for Trade Negotiations Ilse Varga",
            "Ilse Varga",
            "Minister for Trade Negotiations",
            PERSON,
        ),
        ("Commissioner for Human Rights Ilse Varga", "Ilse Varga", "Commissioner for Human Rights", PERSON),
        ("Minister for Youth and Sport Ilse Varga", "Ilse Varga", "Minister for Youth and Sport", PERSON),
        # An office's directorate or division is an organisation, not a person called "Directorate".
        ("the Science and Technology Directorate", "Science and Technology Directorate", None, ORGANISATION),
        ("Inland Division", "Inland Division", None, ORGANISATION),
        (
            "Deputy Assistant Secretary of State for Inter-American Affairs Tomas Ebner",
            "Tomas Ebner",
            "Deputy Assistant Secretary of State for Inter-American Affairs",
            PERSON,
        ),
        ("the Commissioner for Trade", "the Commissioner for Trade", None, DESCRIPTION),
        ("For Ilse Varga", "Ilse Varga", None, PERSON),  # a sentence's "For", no title
        # Lower-case words leading to a title are part of the role, not a break after a name.
        (
            "Acme industrial relations vice-president Ivo Marsh",
            "Ivo Marsh",
            "Acme industrial relations vice-president",
            PERSON,
        ),
        ("Senate minority leader Ilse Varga", "Ilse Varga", "Senate minority leader", PERSON),
        ("Ivo Marsh praised president Jan Novak", "Ivo Marsh", None, PERSON),  # a verb: a clause
        # A capitalised word and a noun for what a person does before a name: the role, not the name.
        ("Democratic pollster Ilse Varga", "Ilse Varga", "Democratic pollster", PERSON),
        ("Ledger columnist Tomas Ebner", "Tomas Ebner", "Ledger columnist", PERSON),
        ("Acme co-founder Ana Ruiz", "Ana Ruiz", "Acme co-founder", PERSON),
        ("U.S. Trade Representative Ilse Varga", "Ilse Varga", "U.S. Trade Representative", PERSON),
        ("Secretary of State Rena Kolb", "Rena Kolb", "Secretary of State", PERSON),
        ("Agriculture Secretary Ivo Brandt", "Ivo Brandt", "Agriculture Secretary", PERSON),
        ("Australian Treasurer Oskar Feld", "Oskar Feld", "Australian Treasurer", PERSON),
        ("West German Finance Minister Ivo Brandt", "Ivo Brandt", "West German Finance Minister", PERSON),
        ("Finance Minster Ivo Brandt", "Ivo Brandt", "Finance Minster", PERSON),  # a typo of Minister
        ("Analyst Marta Lindqvist", "Marta Lindqvist", "Analyst", PERSON),
        (
            "Federal Reserve Board Vice Chairman Oskar Feld",
            "Oskar Feld",
            "Federal Reserve Board Vice Chairman",
            PERSON,
        ),
        ("Congressional Budget Office Rena Kolb", "Rena Kolb", "Congressional Budget Office", PERSON),
        ("Example Bank analyst Ilse Varga", "Ilse Varga", "Example Bank analyst", PERSON),
        ("White House spokesman Tomas Ebner", "Tomas Ebner", "White House spokesman", PERSON),
        ("Norway’s Foreign Minister Ada Lindqvist", "Ada Lindqvist", "Norway’s Foreign Minister", PERSON),
        ("Minister of Mines and Energy Subarno", "Subarno", "Minister of Mines and Energy", PERSON),
        (
            "Securities and Exchange Commission Chairman Ivo Brandt",
            "Ivo Brandt",
            "Securities and Exchange Commission Chairman",
            PERSON,
        ),
        # Two people joined by "and" speak together: both are shown, never one of them alone.
        ("Kolb and Brandt", "Kolb and Brandt", None, DESCRIPTION),
        ("Ilse Varga and Sen. Tomas Ebner", "Ilse Varga and Tomas Ebner", None, DESCRIPTION),
        ("Ivo Marsh and his wife", "Ivo Marsh and his wife", None, DESCRIPTION),
        # … but a firm's or an office's name with "and" before a role begins that role.
        ("Varga and Co analyst Tomas Ebner", "Tomas Ebner", "Varga and Co analyst", PERSON),
        ("Lakeport and Drew analyst Ivo Marsh", "Ivo Marsh", "Lakeport and Drew analyst", PERSON),
        (
            "former Ohio Gov. and party chairman Ana Ruiz",
            "Ana Ruiz",
            "former Ohio Gov. and party chairman",
            PERSON,
        ),
        ("Varga and Co Inc", "Varga and Co Inc", None, ORGANISATION),
        # An organisation's name is whole on both sides of "and": no role is cut from its start.
        (
            "Mutual Security Savings and Loan Association",
            "Mutual Security Savings and Loan Association",
            None,
            ORGANISATION,
        ),
        ("Ministry of Trade and Industry", "Ministry of Trade and Industry", None, ORGANISATION),
        # A person's campaign, office or staff speaks for the person without being the person.
        ("Ana Ruiz's campaign", "Ana Ruiz's campaign", None, DESCRIPTION),
        ("Senator Ruiz’s office", "Senator Ruiz’s office", None, DESCRIPTION),
        ("Ivo Sanders’ campaign", "Ivo Sanders’ campaign", None, DESCRIPTION),
        ("the Science and Technology Directorate", "Science and Technology Directorate", None, ORGANISATION),
        ("Rena Kolb of Varga and Co", "Rena Kolb", None, PERSON),
        ("Energy Subarno", "Subarno", None, PERSON),
        ("former Gov. Tad Corwin of Maine", "Tad Corwin", "former Gov.", PERSON),
        ("Tomas Ebner of Example Securities Inc", "Tomas Ebner", None, PERSON),
        ("Mrs. Varga", "Varga", None, PERSON),  # a form of address is no role
        ("Sir Oskar Feld", "Oskar Feld", None, PERSON),
        ("Barend du Toit", "Barend du Toit", None, PERSON),
        ("Sheikh Ali al-Harbi", "Ali al-Harbi", "Sheikh", PERSON),
        ("J. Hugh Ebner", "J. Hugh Ebner", None, PERSON),
        ("Martin Luther King", "Martin Luther King", None, PERSON),  # a title that is a surname
        ("Georgia Brandt", "Georgia Brandt", None, PERSON),  # a place that is a first name
        # A generation is part of the name, with its dot, whether or not the tag's span kept it.
        ("Ivo Brandt Jr.", "Ivo Brandt Jr.", None, PERSON),
        ("Ivo Brandt Jr", "Ivo Brandt Jr.", None, PERSON),
        # Initials before a surname and a generation are the name, not an acronym's role.
        ("L.C. Brandt Jr.", "L.C. Brandt Jr.", None, PERSON),
        ("Ivo Brandt III", "Ivo Brandt III", None, PERSON),
        # An occupation or an office written capitalised before a name is a role, not a first name.
        ("Actress Ilse Varga", "Ilse Varga", "Actress", PERSON),
        ("Founder Ana Ruiz", "Ana Ruiz", "Founder", PERSON),
        ("Senate Minority Whip Ivo Brandt", "Ivo Brandt", "Senate Minority Whip", PERSON),
        ("White House Chief of Staff Rena Kolb", "Rena Kolb", "White House Chief of Staff", PERSON),
        ("EPA Administrator Oskar Feld", "Oskar Feld", "EPA Administrator", PERSON),
        ("Even Rena Kolb", "Rena Kolb", None, PERSON),  # an adverb opening the sentence
        ("But Finance Minister Ivo Brandt", "Ivo Brandt", "Finance Minister", PERSON),  # … is no role
        ("And President Ilse Varga", "Ilse Varga", "President", PERSON),
        ("Kolb met reporters", "Kolb", None, PERSON),
        ("Friday Kolb", "Kolb", None, PERSON),
        ("Brandt nevertheless", "Brandt", None, PERSON),
        # Organisations and places are not people.
        ("the Foreign Ministry", "Foreign Ministry", None, ORGANISATION),
        ("General Motors", "General Motors", None, ORGANISATION),
        ("the Bank of Canada", "Bank of Canada", None, ORGANISATION),
        ("the Fed", "Fed", None, ORGANISATION),
        ("The U.S", "U.S.", None, ORGANISATION),
        ("USDA", "USDA", None, ORGANISATION),
        ("Japanese", "Japanese", None, ORGANISATION),
        ("Pacific Western", "Pacific Western", None, ORGANISATION),
        ("the Lakeport Sun-Times", "Lakeport Sun-Times", None, ORGANISATION),  # "Times" after a hyphen
        ("Lakeport Courier-Dispatch", "Lakeport Courier-Dispatch", None, ORGANISATION),
        ("the Ledger Democratic Convention", "Ledger Democratic Convention", None, ORGANISATION),
        ("North Dakota", "North Dakota", None, ORGANISATION),  # a state is no person
        ("Civic Institutions", "Civic Institutions", None, ORGANISATION),  # cut from an office's name
        ("Dakota Brandt", "Dakota Brandt", None, PERSON),  # but may be a first name
        # Descriptions name nobody; they are kept as written, the opening word in lower case.
        ("a State Department spokesman", "a State Department spokesman", None, DESCRIPTION),
        ("A military spokesman", "a military spokesman", None, DESCRIPTION),
        ("one international oil trader", "one international oil trader", None, DESCRIPTION),
        ("one U.S. official", "one U.S. official", None, DESCRIPTION),
        ("a senior Japanese government official", "a senior Japanese government official", None, DESCRIPTION),
        ("one of the officials", "one of the officials", None, DESCRIPTION),
        ("Officials", "officials", None, DESCRIPTION),
        ("Treasury officials", "Treasury officials", None, DESCRIPTION),
        ("The company", "the company", None, DESCRIPTION),
        ("the report", "the report", None, DESCRIPTION),
        ("one", "one", None, DESCRIPTION),
        ("the Texas Democrat", "the Texas Democrat", None, DESCRIPTION),
        ("the Treasury Secretary", "the Treasury Secretary", None, DESCRIPTION),
        ("The President of Chile", "the President of Chile", None, DESCRIPTION),
        ("Example Sciences President", "Example Sciences President", None, DESCRIPTION),
        ("a floor broker contacted by Newsline", "a floor broker", None, DESCRIPTION),
        (  # an adjective in -ed after "of" opens no clause
            "An average of 15 percent of retired teachers",
            "an average of 15 percent of retired teachers",
            None,
            DESCRIPTION,
        ),
        ("The Fed's intervention", "the Fed's intervention", None, DESCRIPTION),
        ("he", "he", None, DESCRIPTION),
    ],
)
def test_parse_mention(mention: str, name: str, role: str | None, kind: str) -> None:
    parsed = parse_mention(mention)
    assert (parsed.name, parsed.role, parsed.kind) == (name, role, kind)


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        # Lower-case role words between capitalised ones and a full name are the name's role: the
        # person is the full name at the end, never the party, paper or patron before the role.
        ("Republican presidential candidate Ivo Brandt", "Ivo Brandt"),
        ("Conservative Party hopeful Sen. Rena Kolb", "Rena Kolb"),
        ("Harbour Times columnist Oskar Feld", "Oskar Feld"),
        ("Brandt ally Marta Lindqvist", "Marta Lindqvist"),
        # ... but a verb after a name ends it.
        ("Brandt met Rena Kolb", "Brandt"),
        ("Brandt thanked Rena Kolb", "Brandt"),
        ("Brandt met reporters", "Brandt"),
    ],
)
def test_parse_mention_role_words_before_a_full_name(mention: str, name: str) -> None:
    parsed = parse_mention(mention)
    assert (parsed.name, parsed.kind) == (name, PERSON)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ilse Varga", True),
        ("Varga", True),
        ("Marc Perrin de Brichambaut", True),
        ("Chancellor of the Exchequer Tomas Ebner", True),  # names a person, with a title
        ("a spokesman", False),
        ("officials", False),
        ("Analysts", False),
        ("the company", False),
        ("the statement", False),
        ("one", False),
        ("U.S", False),
        ("Japanese", False),
        ("Foreign Ministry", False),
        ("USDA", False),
        ("the Treasury Secretary", False),
        ("valtonen", False),  # not capitalised: a query, not a proper name
        ("She", False),
    ],
)
def test_is_person_name(name: str, expected: bool) -> None:
    assert is_person_name(name) is expected


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("a member of the Example Board", "a member of the Example Board"),
        ("chairman of the Example Council of Advisers", "chairman of the Example Council of Advisers"),
        ("Deputy Agriculture Secretary", "Deputy Agriculture Secretary"),
        ("also a Deputy Prime Minister", "a Deputy Prime Minister"),
        ("now the director of the Example Institute", "now the director of the Example Institute"),
        ("of Example Securities", "Example Securities"),
        ("the Ohio Democrat whose committee would hold hearings", "the Ohio Democrat"),
        ("D-Ohio", "D-Ohio"),
        ("however", None),
        ("Peabody and Co", None),  # the end of a firm's name cut at its comma
        ("first appointed to the post by President Jan Novak in 1979", None),
        ("received in London", None),
        ("sharply critical of the plan", None),
        ("35", None),
        ("March 17 - Example Corp", None),
        ("Ilse Varga", None),  # a person's name is not a role
        ("", None),
        (None, None),
    ],
)
def test_clean_role(role: str | None, expected: str | None) -> None:
    assert clean_role(role) == expected


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Agriculture Secretary Ivo Brandt", "ivo brandt"),
        ("General Motors", "general motors"),  # an organisation keeps its "General"
        ("The company", "company"),
        ("mrs. valtonen", "valtonen"),
    ],
)
def test_speaker_key(name: str, key: str) -> None:
    assert speaker_key(name) == key


@pytest.mark.parametrize(
    ("query", "name", "expected"),
    [
        ("Brandt", "Agriculture Secretary Ivo Brandt", True),
        ("Treasury Secretary Brandt", "Ivo Brandt", True),
        ("a spokesman", "a State Department spokesman", False),
        ("spokesman", "a State Department spokesman", False),
        ("one trader", "one international oil trader", False),
        ("officials", "one of the officials", False),
        ("an official", "an Example official", False),
        ("the company", "The company", True),
        ("a spokesman", "a spokesman", True),
        # Father and son: a surname is either, a full name or a generation only the one it names.
        ("Brandt", "Ivo Brandt Jr.", True),
        ("Brandt III", "Ivo Brandt III", True),
        ("Brandt Jr.", "Ivo Brandt III", False),
        ("Ivo Brandt", "Ivo Brandt Jr.", False),
        ("Ivo Brandt Jr.", "Ivo Brandt III", False),
    ],
)
def test_name_matches(query: str, name: str, expected: bool) -> None:
    assert name_matches(query, name) is expected


def test_descriptions_are_never_merged_with_other_descriptions() -> None:
    merged = canonical_names(
        [
            "a State Department spokesman",
            "a spokesman",
            "a company spokesman",
            "one international oil trader",
            "one trader",
            "one of the officials",
            "officials",
            "The company",
            "the company",
        ]
    )
    assert merged["a spokesman"] == "a spokesman"
    assert merged["a company spokesman"] == "a company spokesman"
    assert merged["one trader"] == "one trader"
    assert merged["officials"] == "officials"
    assert merged["The company"] == merged["the company"] == "the company"  # only capitals differ


def test_father_and_son_stay_two_people() -> None:
    assert canonical_names(["Osei", "Ken Osei Jr."])["Osei"] == "Ken Osei Jr."  # the one Osei
    merged = canonical_names(["Brandt", "Brandt Jr.", "Ivo Brandt Jr.", "Ivo Brandt III", "Brandt III"])
    assert merged["Brandt"] == "Brandt"  # either of them
    assert merged["Brandt Jr."] == "Ivo Brandt Jr."
    assert merged["Brandt III"] == "Ivo Brandt III"
    # With the father written without a generation, the bare surname is his: the son keeps his "Jr.".
    merged = canonical_names(["Brandt", "Ivo Brandt", "Ivo Brandt Jr."])
    assert merged["Brandt"] == "Ivo Brandt"
    assert merged["Ivo Brandt Jr."] == "Ivo Brandt Jr."


def test_a_person_never_joins_an_organisation() -> None:
    merged = canonical_names(["Lynch", "Example Lynch Bank", "Kolb", "Rena Kolb"])
    assert merged["Lynch"] == "Lynch"
    assert merged["Kolb"] == "Rena Kolb"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a company spokeswoman", True),
        ("the official", True),
        ("another official", True),
        ("officials", False),
        ("one of the officials", False),
        ("the company", False),
        ("Ilse Varga", False),
    ],
)
def test_singular_person(name: str, expected: bool) -> None:
    assert singular_person(name) is expected


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_name_functions_never_raise(text: str) -> None:
    parsed = parse_mention(text)
    assert parsed.kind in (PERSON, ORGANISATION, DESCRIPTION)
    assert isinstance(is_person_name(text), bool)
    assert isinstance(is_description(text), bool)
    assert name_matches(text, text) is bool(speaker_key(text))
    clean_role(text)


WORDS = ["Ann", "Lee", "a", "the", "spokesman", "Minister", "of", "Bank", "U.S.", "official", "one", "de"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4).map(" ".join), max_size=10))
def test_canonical_names_maps_to_given_names_and_keeps_descriptions_apart(names: list[str]) -> None:
    merged = canonical_names(names)
    for name, target in merged.items():
        assert target in merged
        if is_description(name) or is_description(target):
            assert name.casefold() == target.casefold()


def test_names_module_loads_no_quote_machinery() -> None:
    code = "import sys, osceq.extract.names; print(sorted(m for m in sys.modules if m.startswith('osceq')))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    for heavy in (
        "osceq.extract.speakers",
        "osceq.extract.phrases",
        "osceq.extract.reporting",
        "osceq.models",
    ):
        assert f"'{heavy}'" not in loaded


@pytest.mark.parametrize(
    ("garbled", "repaired"),
    [
        ("Ramiro QuiÃ±al Abarca", "Ramiro Quiñal Abarca"),  # UTF-8 read as Latin-1
        ("donâ€™t", "don’t"),  # ... as Windows-1252
        ("Arturo SarukhÃÂ¡n", "Arturo Sarukhán"),  # twice
        # Ordinary accented text is never touched.
        ("José García", "José García"),
        ("São Paulo", "São Paulo"),
        ("Zürich, naïve café", "Zürich, naïve café"),
        ("fermé» et «ouvert", "fermé» et «ouvert"),
        ("Fuß\u00a0und", "Fuß\u00a0und"),  # valid UTF-8 too, but of another script
    ],
)
def test_repair_mojibake(garbled: str, repaired: str) -> None:
    assert repair_mojibake(garbled) == repaired


def test_a_garbled_name_is_read_repaired() -> None:
    assert parse_mention("Mexican President Ramiro QuiÃ±al Abarca") == parse_mention(
        "Mexican President Ramiro Quiñal Abarca"
    )
    assert parse_mention("Ramiro QuiÃ±al Abarca").name == "Ramiro Quiñal Abarca"
