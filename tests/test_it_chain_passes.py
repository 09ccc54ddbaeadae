"""An "it" speaker's chain back to its organisation passes over sentences whose subject cannot be
the "it" (a plural, a person, a thing that never speaks) (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Tarnvale Mills Ltd said orders rose in May.\nExports are forecast to fall this year.\n"
            '"We see a better second half," it said.',
            "Tarnvale Mills Ltd",
        ),
        (
            "The Kestrel Board said grain stocks were ample.\n"
            '"Farmers held back sales in the spring," it said.\n'
            "The economy was growing slowly despite the drought.\n"
            '"Stocks will last into next year," it said.',
            "Kestrel Board",
        ),
        (
            "The Tarn Weekly said rates would rise.\nThe bankers were quoted as saying the rise was near.\n"
            "Nor did it say when.\n"
            '"The rise will come soon," it said.',
            "Tarn Weekly",
        ),
        (
            "The Ormsby Gazette said the mill would close.\nIt gave no names.\n"
            "If the mill shut, there would be few jobs left in the valley.\n"
            '"The town will not recover," it said.',
            "Ormsby Gazette",
        ),
        (
            "Orvane Fisheries Corp said its catch fell.\nChairman Dalia Ormsby said the quota was too low.\n"
            '"We cannot go on like this," it said.',
            "Orvane Fisheries Corp",
        ),
    ],
)
def test_it_chain_passes_over_subjects_that_cannot_be_it(text: str, speaker: str) -> None:
    assert [q.speaker for q in body(text)][-1] == speaker


def test_it_chain_stops_at_a_competing_organisation() -> None:
    text = (
        "Orvane Fisheries Corp said its catch fell.\nThe Tarn Fishing Authority said quotas were fair.\n"
        'The fishermen disagreed.\n"We cannot go on like this," it said.'
    )
    assert [q.speaker for q in body(text)][-1] == "Tarn Fishing Authority"


def test_bare_time_phrase_before_the_organisation() -> None:
    text = (
        "Last week the Tarn central bank said it would cut its purchases of dollars. It said the move "
        'was needed because of "distortions" in the market.'
    )
    assert [q.speaker for q in body(text)] == ["the Tarn central bank"]


def test_an_owned_writing_is_the_it() -> None:
    text = (
        "Tarnco's statement said the bid broke a confidentiality agreement. It said the bid "
        '"seems to need large tax concessions."'
    )
    assert [q.speaker for q in body(text)] == ["Tarnco's statement"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Kestrel Bank sources said the bank cut its loans to Tarnia. Orvel Danmark was toppled "
            'in a revolt in May.\n"The loans were cut because the projects failed," they said.',
            "the Kestrel Bank sources",
        ),
        (
            "The four institutes said an easy policy was welcome. But experience has shown that fast "
            'money growth leads to price rises.\n"The price climate can turn quickly," they said.',
            "the four institutes",
        ),
    ],
)
def test_they_chain_passes_over_singular_subjects(text: str, speaker: str) -> None:
    assert [q.speaker for q in body(text)] == [speaker]


def test_they_chain_stops_at_a_collective() -> None:
    text = (
        "The four institutes said an easy policy was welcome. The panel was split on rates.\n"
        '"The price climate can turn quickly," they said.'
    )
    assert [q.speaker for q in body(text)] == [None]


def test_they_chain_runs_over_several_paragraphs() -> None:
    text = (
        "The four Tarn institutes said an easy policy was welcome.\n"
        "Given low inflation such fears may seem overdone, they said.\n"
        '"But the price climate can turn quickly," they said.'
    )
    assert [q.speaker for q in body(text)] == ["the four Tarn institutes"]


def test_they_chain_keeps_two_joined_names() -> None:
    text = 'Orvel Danmark and Tavi Ormsbek said the merger was off. "We could not agree," they said.'
    assert [q.speaker for q in body(text)] == ["Orvel Danmark and Tavi Ormsbek"]


def test_they_after_two_names_under_one_plural_role() -> None:
    text = (
        "Danish economists Orvel Danmark and Tavi Ormsbek said that the fuel trade was a pillar of "
        'the economy. "No large experiment can be allowed," they said.'
    )
    assert [q.speaker for q in body(text)] == ["Danish economists Orvel Danmark and Tavi Ormsbek"]
