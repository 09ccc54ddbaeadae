"""Corpus-wide speaker names: merging by groups gives the same answer as comparing every pair; the
people of a joint speaker."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from osceq.extract.speakers import canonical_names
from osceq.query.speakers import corpus_canonical_names, joint_members

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


def test_a_generation_joins_its_surname_group() -> None:
    names = ["Osei", "Ken Osei Jr.", "Brandt", "Ivo Brandt Jr.", "Ivo Brandt III", "Brandt III"]
    merged = corpus_canonical_names(names)
    assert merged == canonical_names(names)
    assert merged["Osei"] == "Ken Osei Jr."
    assert merged["Brandt"] == "Brandt"  # father or son
    assert merged["Brandt III"] == "Ivo Brandt III"


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


def _matches_by_scanning(table: list[dict[str, Any]], query: str) -> set[str]:
    """What --speaker resolved to by comparing the query with every name of every speaker."""
    from osceq.extract.names import name_matches

    rows = [row for row in table if any(name_matches(query, n) for n in [row["speaker"], *row["names"]])]
    return {name for row in rows for name in [row["speaker"], *row["names"]]}


def test_speaker_names_by_last_word_resolve_as_scanning_every_speaker(
    news_corpus: Path, tmp_path: Path
) -> None:
    from osceq.build import refresh
    from osceq.errors import NoResults
    from osceq.index import IndexStore
    from osceq.query import speakers

    store = IndexStore(tmp_path / "index")
    refresh(news_corpus, store, procs=1)
    ix = store.open()
    table = speakers.speaker_table(ix)
    assert (Path(ix.storage.folder) / speakers.NAMES_CACHE_NAME).exists()  # written by the build
    queries = {
        part for row in table for name in [row["speaker"], *row["names"]] for part in (name, name.split()[-1])
    }
    queries |= {q.upper() for q in queries} | {"Nobody Atall"}
    for query in sorted(queries):
        expected = _matches_by_scanning(table, query)
        if expected:
            assert speakers.resolve_speakers(ix, (query,)) == expected, query
        else:
            with pytest.raises(NoResults):
                speakers.resolve_speakers(ix, (query,))


def test_a_stale_speaker_names_file_is_rewritten(news_corpus: Path, tmp_path: Path) -> None:
    from osceq.build import refresh
    from osceq.index import IndexStore
    from osceq.query import speakers

    store = IndexStore(tmp_path / "index")
    refresh(news_corpus, store, procs=1)
    ix = store.open()
    names_file = Path(ix.storage.folder) / speakers.NAMES_CACHE_NAME
    names_file.write_text("osceq speaker names, index generation -1\nokafor\t[]\n", encoding="utf-8")
    assert "Maria Okafor" in speakers.resolve_speakers(ix, ("okafor",))
    assert names_file.read_text(encoding="utf-8").startswith(
        f"osceq speaker names, index generation {ix.latest_generation()}\n"
    )


def test_a_speaker_names_file_cut_short_is_rewritten(news_corpus: Path, tmp_path: Path) -> None:
    from osceq.build import refresh
    from osceq.index import IndexStore
    from osceq.query import speakers

    store = IndexStore(tmp_path / "index")
    refresh(news_corpus, store, procs=1)
    ix = store.open()
    names_file = Path(ix.storage.folder) / speakers.NAMES_CACHE_NAME
    whole = names_file.read_text(encoding="utf-8")
    names_file.write_text(whole[: whole.index("\n") + 1], encoding="utf-8")  # the header only
    assert "Maria Okafor" in speakers.resolve_speakers(ix, ("okafor",))
    assert names_file.read_text(encoding="utf-8") == whole


def test_a_speaker_names_file_with_a_bad_byte_is_rewritten(news_corpus: Path, tmp_path: Path) -> None:
    from osceq.build import refresh
    from osceq.index import IndexStore
    from osceq.query import speakers

    store = IndexStore(tmp_path / "index")
    refresh(news_corpus, store, procs=1)
    ix = store.open()
    names_file = Path(ix.storage.folder) / speakers.NAMES_CACHE_NAME
    whole = names_file.read_bytes()
    middle = len(whole) // 2
    names_file.write_bytes(whole[:middle] + b"\xff" + whole[middle + 1 :])  # no UTF-8 at all
    assert "Maria Okafor" in speakers.resolve_speakers(ix, ("okafor",))
    assert names_file.read_bytes() == whole


def test_the_speaker_names_file_lists_each_speaker_under_each_last_word() -> None:
    from osceq.query.speakers import _names_file

    table = [
        {"speaker": "Elina Valtonen", "names": ["Valtonen"], "keys": ["elina valtonen", "valtonen"]},
        {"speaker": "Bill Clinton", "names": [], "keys": ["bill clinton"]},
        {"speaker": "Hillary Clinton", "names": ["Mrs. Clinton"], "keys": ["clinton", "hillary clinton"]},
    ]
    lines = _names_file(table, "header\n").splitlines()
    generation = [{"speaker": "Ken Osei Jr.", "names": ["Osei"], "keys": ["ken osei jr", "osei"]}]
    assert _names_file(generation, "").splitlines() == ['osei\t[["Ken Osei Jr.", "Osei"]]', "end of 1 lines"]
    assert lines[0] == "header"
    assert lines[1] == 'clinton\t[["Bill Clinton"], ["Hillary Clinton", "Mrs. Clinton"]]'
    assert lines[2] == 'valtonen\t[["Elina Valtonen", "Valtonen"]]'
    assert lines[3] == "end of 3 lines"  # a file cut short lacks it
    assert len(lines) == 4


@pytest.mark.parametrize(
    ("name", "members"),
    [
        ("Ann Lee and Bo Park", ["Ann Lee", "Bo Park"]),
        ("Ann Lee, Bo Park and Ivo Tam", ["Ann Lee", "Bo Park", "Ivo Tam"]),
        ("Ann Lee & Bo Park", ["Ann Lee", "Bo Park"]),
        # a firm named after people, an office of two fields, a list of surnames, bodies, a role
        # inside: one speaker each
        ("Marks and Spencer", []),
        ("Smith & Nephew", []),
        ("Minister of Trade and Industry", []),
        ("Pell, Quist and Varga", []),
        ("the mayor and the governor", []),
        ("Ann Quist and Bo Varga Associates", []),
        ("Tarn City Council and Reno Harbour Board", []),
        ("Lawyers for Tom Reed and Ann Lee", []),
        ("Supporters of Tom Reed and Ann Lee", []),
        ("Port Authority of New York and New Jersey", []),
        ("Tom Reed, chairman and chief executive, and Ann Lee", []),
        ("Ann Lee", []),
    ],
)
def test_joint_members(name: str, members: list[str]) -> None:
    assert joint_members(name) == members
