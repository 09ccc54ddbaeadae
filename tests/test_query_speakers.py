"""Corpus-wide speaker names: merging by groups gives the same answer as comparing every pair."""

from __future__ import annotations

from pathlib import Path

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


def test_the_canonical_names_of_a_listing_come_from_their_own_small_cache(
    news_corpus: Path, tmp_path: Path
) -> None:
    from osceq.build import refresh
    from osceq.index import IndexStore
    from osceq.query import speakers

    store = IndexStore(tmp_path / "index")
    refresh(news_corpus, store, procs=1)
    ix = store.open()
    speakers._TABLES.clear()
    first = speakers.canonical_speaker_map(ix)  # computes the table, writes both caches
    table = speakers.speaker_table(ix)
    expected = {name: row["speaker"] for row in table for name in [row["speaker"], *row["names"]]}
    assert first == {name: canonical for name, canonical in expected.items() if name != canonical}
    assert first.get("Okafor") == "Maria Okafor"

    speakers._TABLES.clear()
    (Path(ix.storage.folder) / speakers.CACHE_NAME).unlink()  # a listing never needs the table
    assert speakers.canonical_speaker_map(ix) == first
    assert not speakers._TABLES
