"""Corpus-wide speaker names: merging by groups gives the same answer as comparing every pair."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from osceq.extract.speakers import canonical_names
from osceq.query.speakers import corpus_canonical_names

FIRST = ["Ann", "Bo", "Elina", "Hillary", "Bill", "Maria", "J.", "Dr."]
LAST = ["Lee", "Valtonen", "Clinton", "Okafor", "de Souza", "Lee-Smith"]
NAMES = st.lists(
    st.builds(
        lambda first, last, short: last if short else f"{first} {last}",
        st.sampled_from(FIRST),
        st.sampled_from(LAST),
        st.booleans(),
    ),
    max_size=12,
)


@settings(max_examples=200, deadline=None)
@given(NAMES)
def test_grouped_merge_equals_pairwise_merge(names: list[str]) -> None:
    assert corpus_canonical_names(names) == canonical_names(names)


def test_a_surname_joins_its_only_full_name_and_no_other() -> None:
    merged = corpus_canonical_names(
        ["Valtonen", "Elina Valtonen", "Clinton", "Bill Clinton", "Hillary Clinton"]
    )
    assert merged["Valtonen"] == "Elina Valtonen"
    assert merged["Clinton"] == "Clinton"
    assert merged["Bill Clinton"] == "Bill Clinton"


def test_completion_reads_the_cache_the_query_layer_writes() -> None:
    from osceq import completion
    from osceq.query import speakers

    assert completion.SPEAKER_CACHE == speakers.CACHE_NAME
