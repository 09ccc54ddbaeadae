"""given_name_in_words: a given name alone in the quoted words, read by a scan as the pattern read it."""

from __future__ import annotations

import re

import pytest

from osceq.extract.letter_cases import any_case
from osceq.extract.third_person import given_name_in_words

CASES = [
    ("Lorna Mack", "Lorna thinks the courts will save us", True),
    ("Lorna Mack", "we owe it to Lorna.", True),
    ("Lorna Mack", "ask Lorna", True),
    ("Lorna Mack", "vote for Lorna Mack", False),  # her full name: candidates speak of themselves so
    ("Lorna Mack", "Lorna  Ives and Lorna\tÉtienne came", False),  # another Lorna, each time
    ("Lorna Mack", "Lorna Ives came, then Lorna left", True),  # the second stands alone
    ("Lorna Mack", "Lornas and Lorna_b and xLorna", False),  # no whole word
    ("Lorna Mack", "Lorna's view", True),
    ("Lorna Mack", "Lorna, Ivo said", True),
    ("Lorna Mack", "Lorna ñu", True),
    ("Lorna Mack", "Lorna\u00a0Øvre", False),  # a no-break space is a space
    ("Lorna Mack", "Lorna2 and Lornaé", False),
    ("Ivo", "Ivo said it", False),  # one word: no given name to speak of
    ("al Mack", "al thinks", False),
    ("Bo Lee", "Bo thinks", False),  # too short a given name to tell
    ("O'Neil Kay", "O'Neil thinks", False),  # not a word of letters alone
]


@pytest.mark.parametrize(("name", "words", "expected"), CASES)
def test_given_name_in_words(name: str, words: str, expected: bool) -> None:
    assert given_name_in_words(name, words) is expected


@pytest.mark.parametrize(("name", "words", "expected"), CASES)
def test_given_name_in_words_reads_as_the_pattern(name: str, words: str, expected: bool) -> None:
    parts = name.split()
    if len(parts) < 2 or not (parts[0].isalpha() and parts[0][:1].isupper() and len(parts[0]) > 2):
        return
    pattern = rf"\b{re.escape(parts[0])}" + any_case(r"\b(?!\s+[A-Z])")
    assert given_name_in_words(name, words) is (re.search(pattern, words) is not None)
