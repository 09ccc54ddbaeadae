"""courtesy_titles finds what GENDERED finds, and nothing without a title's letters in the text."""

from __future__ import annotations

import pytest

from osceq.extract.speaker_names import GENDERED
from osceq.extract.titled_people import courtesy_titles

CASES = [
    ("Mr. Tavrin said the plan would wait.", [("Mr", "Tavrin")]),
    (
        "Mrs Olwen and Ms. Ó Briain spoke; Miss Haddery did not.",
        [("Mrs", "Olwen"), ("Ms", "Briain"), ("Miss", "Haddery")],
    ),
    (
        "Sir Emrys Vell and Dame Ione Clary met Lord Ashby and Lady Prell.",
        [("Sir", "Emrys"), ("Dame", "Ione"), ("Lord", "Ashby"), ("Lady", "Prell")],
    ),
    (
        "King Orvar greeted Queen Saela, Prince Tobin and Princess Ilse.",
        [("King", "Orvar"), ("Queen", "Saela"), ("Prince", "Tobin"), ("Princess", "Ilse")],
    ),
    ("Mr. Élan Voss arrived.", [("Mr", "Élan")]),
    ("The mayor said the bridge would reopen in May.", []),
    ("A mister and a madam, a sir without a name.", []),
    ("Mrs. said nothing.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_courtesy_titles(text: str, expected: list[tuple[str, str]]) -> None:
    found = courtesy_titles(text)
    assert [(m.group(1), m.group(2)) for m in found] == expected
    assert [m.span() for m in found] == [m.span() for m in GENDERED.finditer(text)]
