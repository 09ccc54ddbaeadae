"""The pronoun evaluation's scoring, on invented records."""

from __future__ import annotations

import pytest

from osceq.evaluate.pronouns import Report, judge, quote_for, score_case


@pytest.mark.parametrize(
    ("person", "aliases", "speaker", "outcome"),
    [
        ("Ilse Varga", (), "Ilse Varga", "right"),
        ("Ilse Varga", (), "Varga", "right"),  # the surname names her
        ("Varga", (), "Ilse Varga", "right"),  # either direction
        ("Ilse Marie Varga", (), "Ilse Varga", "right"),
        ("Ilse Varga", (), "Mrs. VARGA", "right"),  # folded keys
        ("Ilse Varga", (), "Tomas Ebner", "wrong"),
        ("Ilse Varga", (), "Anna Varga", "wrong"),
        ("Ana Ruiz Febo", ("Ruiz",), "Ruiz", "right"),  # an alias the full name does not match
        (None, (), "Tomas Ebner", "wrong"),  # nobody named: any name is wrong
        ("Ilse Varga", (), None, "none"),
        ("Ilse Varga", (), "", "none"),
    ],
)
def test_judge(person: str | None, aliases: tuple[str, ...], speaker: str | None, outcome: str) -> None:
    assert judge(person, aliases, speaker) == outcome


TEXT = 'Ilse Varga spoke. "It is over," she said. Tomas Ebner left.'
SHE = TEXT.index("she")


def quote(speaker: str | None, start: int) -> dict[str, object]:
    return {"speaker": speaker, "mention": {"text": "she", "start": start, "end": start + 3}}


def case(person: str | None) -> dict[str, object]:
    return {"id": "a1", "mention_start": SHE, "mention_end": SHE + 3, "pronoun": "she", "person": person}


def test_quote_for_needs_an_overlapping_mention() -> None:
    assert quote_for((SHE, SHE + 3), [quote("X", 0), quote("Y", SHE)]) == quote("Y", SHE)
    assert quote_for((SHE, SHE + 3), [quote("X", 0), {"speaker": None, "mention": None}]) is None


def test_score_case_counts_each_outcome_and_keeps_errors() -> None:
    report = Report()
    assert score_case(case("Ilse Varga"), TEXT, [quote("Ilse Varga", SHE)], report) == "right"
    assert score_case(case("Ilse Varga"), TEXT, [quote("Tomas Ebner", SHE)], report) == "wrong"
    assert score_case(case("Ilse Varga"), TEXT, [quote(None, SHE)], report) == "none"
    assert score_case(case("Ilse Varga"), TEXT, [], report) == "missed"
    assert report.counts == {"right": 1, "wrong": 1, "none": 1, "missed": 1}
    assert len(report.errors) == 2 and "⟦she⟧" in report.errors[0]
