"""Which organisation or writing an "it" speaker stands for (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in body(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Kestrel Marine Corp said sales fell in May. "We expect a better autumn," it said.',
            "Kestrel Marine Corp",
        ),
        (
            'The report said costs rose sharply. It said the plan was "badly run from the start."',
            "the report",
        ),
        (
            'Tarnco Inc made a bid. Tarnco earlier reported a loss. "We will recover by spring," it said.',
            "Tarnco",
        ),
        (
            'The ministry said exports fell. It said imports rose. It added that the gap was "worrying."',
            "the ministry",
        ),
        (
            'Grain prices will ease, the Tarn Grain Board said. "Stocks are high," it added.',
            "Tarn Grain Board",
        ),
        (
            'Tarn Shipping Co said it would sell two ferries. But it said the sale was "not urgent."',
            "Tarn Shipping Co",
        ),
        (
            'Ferry fares will rise, the Tarn Harbour Board said in a report. Costs grew, it said. "Fuel is '
            'dearer," it added.',
            "Tarn Harbour Board",
        ),
    ],
)
def test_it_stands_for_the_organisation_or_writing_that_spoke_before(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        'Ivo Marsh said sales fell in May. "We expect a better autumn," it said.',
        'Exports fell, according to the Tarn Grain Board. It said farmers were "close to despair."',
        'Peru said its troops had held the pass. "The enemy fled," it said.',
        'Tarnland\'s state ferry firm Tarnline said it would add routes. Fares fell, it said. "Demand is up," it added.',
    ],
)
def test_it_after_a_person_a_second_source_a_country_or_its_firm_is_left_without_a_speaker(text: str) -> None:
    assert _speakers(text) == [None]


def test_it_chain_runs_back_over_several_paragraphs_to_the_body() -> None:
    text = (
        "Kestrel Marine Corp said it would close two yards.\n\n"
        "Its profit fell last year, it said.\n\n"
        '"The orders are slow," it said.\n\n'
        '"We expect a better autumn," it added.'
    )
    assert [q.speaker for q in body(text)] == ["Kestrel Marine Corp", "Kestrel Marine Corp"]


def test_it_names_nobody_when_the_subject_is_a_sentence_misread_as_a_name() -> None:
    text = (
        "The review listed the boards to be sold.\n\n"
        "The four include the Tarn Port Authority and the Varn Water Board.\n\n"
        '"They can be sold soon," it said.'
    )
    # Never the misread "name"; a subject opening on a count ("The four") is no "it" and is
    # passed, so the review before it is.
    assert [q.speaker for q in body(text)] == ["the review"]


def test_it_stands_for_a_two_word_firm_written_with_its_ending_before() -> None:
    text = (
        "Ohio Tarnwell Co said it sold its share of the plant.\n\n"
        'Ohio Tarnwell did not detail the lease, but it said the "payments will lower our costs."'
    )
    assert [q.speaker for q in body(text)] == ["Ohio Tarnwell"]


def test_it_stands_for_no_two_word_name_that_opens_with_a_given_name() -> None:
    text = (
        "Ann Varnwell said she sold her share of the plant.\n\n"
        'Ann Varnwell did not detail the lease, but it said the "payments will lower our costs."'
    )
    assert [q.speaker for q in body(text)] == [None]
