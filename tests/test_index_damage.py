"""A damaged index: `osceq index` finds the damage cheaply and rebuilds; queries name what to run."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from osceq.cli import cli
from osceq.index import IndexStore
from osceq.whoosh_damage import find_damage


def invoke(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def _live(index: Path) -> Path:
    folder = IndexStore(index).generation_dir()
    assert folder is not None
    return folder


def _quotes(corpus: Path, index: Path) -> object:
    result = invoke("quotes", "--corpus", str(corpus), "--index", str(index), "-n", "0", "--json")
    assert result.exit_code == 0
    return json.loads(result.stdout)


def test_an_intact_index_shows_no_damage(built: tuple[Path, Path]) -> None:
    assert find_damage(_live(built[1])) is None


def test_osceq_index_rebuilds_an_index_whose_segment_was_cut_in_half(built: tuple[Path, Path]) -> None:
    corpus, index = built
    before = _quotes(corpus, index)
    (segment,) = _live(index).glob("*.seg")
    segment.write_bytes(segment.read_bytes()[: segment.stat().st_size // 2])
    query = invoke("quotes", "--corpus", str(corpus), "--index", str(index))
    assert (query.exit_code, query.stderr) == (
        2,
        f"osceq: error: a file of the index ended early: the index is damaged (run: osceq index --rebuild --index {index})\n",
    )
    result = invoke("index", "--index", str(index))
    assert result.exit_code == 0
    assert result.stderr.splitlines()[0] == (
        f"osceq: the index was damaged ({segment.name} is cut short): rebuilt it from the corpus"
    )
    assert "3 documents in the index (3 added, 0 updated, 0 removed, 0 skipped)" in result.stderr
    assert find_damage(_live(index)) is None
    assert _quotes(corpus, index) == before


def test_osceq_index_rebuilds_an_index_whose_table_of_contents_is_garbage(built: tuple[Path, Path]) -> None:
    corpus, index = built
    before = _quotes(corpus, index)
    for toc in _live(index).glob("*.toc"):
        toc.write_bytes(b"garbage")
    query = invoke("quotes", "--corpus", str(corpus), "--index", str(index))
    assert query.exit_code == 2
    assert query.stderr.endswith(f"is damaged (IndexError) (run: osceq index --index {index})\n")
    result = invoke("index", str(corpus), "--index", str(index))
    assert result.exit_code == 0
    assert result.stderr.splitlines()[0] == (
        "osceq: the index was damaged (its table of contents cannot be read): rebuilt it from the corpus"
    )
    assert _quotes(corpus, index) == before


def test_a_missing_segment_file_is_damage(built: tuple[Path, Path]) -> None:
    (segment,) = _live(built[1]).glob("*.seg")
    segment.unlink()
    assert find_damage(_live(built[1])) == f"{segment.name} is missing"
