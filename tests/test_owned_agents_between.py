"""A he/she after a sentence in which someone a name owns speaks, the owned noun a doer's
(`Varne's solicitor said`) or one with a word before it (`Gask's finance director said`): that person
stands nearer than the name before, so the quote is left without a name. Invented strings only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body

_JUDGE = (
    'Judge Oskar Delmont jailed Mira Varne for two years. "You chose to look at the phone," he said.\n\n'
    '{} she was deeply sorry. "She thinks about the boy every day," {} said.'
)


@pytest.mark.parametrize(
    ("subject", "pronoun", "speaker"),
    [
        ("Varne's solicitor said", "he", None),  # the solicitor, not the judge
        ("Varne's solicitor told the court", "he", None),
        ("Varne's defence lawyer said", "he", None),
        ("Varne's solicitor said", "she", None),  # the solicitor may be a she
        ("Varne's sister said", "he", "Oskar Delmont"),  # a woman: the he stays the judge's
        ("Varne's defence was that", "he", "Oskar Delmont"),  # a thing, no person
    ],
)
def test_an_owned_doer_who_speaks_keeps_the_earlier_name_off(
    subject: str, pronoun: str, speaker: str | None
) -> None:
    quotes = body(_JUDGE.format(subject, pronoun))
    assert [q.speaker for q in quotes] == ["Oskar Delmont", speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Gask's finance director said costs had risen.", None),
        ("Gask's chief executive told analysts costs had risen.", None),
        ("Gask's new chairman said costs had risen.", None),
        ("Gask's share price fell sharply.", "Tor Brenn"),  # things, no person
        ("Gask's annual report said costs had risen.", "Tor Brenn"),
    ],
)
def test_a_firms_officer_with_a_word_before_the_noun_stands_between(
    sentence: str, speaker: str | None
) -> None:
    text = f'Tor Brenn said the firm was doing well. "We are strong," he said.\n\n{sentence} "We are not immune," he said.'
    assert [q.speaker for q in body(text)] == ["Tor Brenn", speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a place's or a firm's superlative or word of size before the noun: a firm, no person owned
        ("Britain's biggest lender said profits fell.", "Tor Brenn"),
        ("Japan's largest builder said orders fell.", "Tor Brenn"),
        ("Pelby's top employer said orders fell.", "Tor Brenn"),
        ("Gask's main supplier said orders fell.", "Tor Brenn"),
        # a word of no size or rank: the officer stands between, as before
        ("Gask's former owner said the sale was a mistake.", None),
        ("Gask's finance director said costs had risen.", None),
    ],
)
def test_a_superlative_before_an_owned_doer_is_a_firm(sentence: str, speaker: str | None) -> None:
    text = (
        "Tor Brenn, the bank's chief executive, said rates would rise. "
        f'"We are ready," he said.\n\n{sentence} "It was a hard year," he said.'
    )
    assert [q.speaker for q in body(text)] == ["Tor Brenn", speaker]
