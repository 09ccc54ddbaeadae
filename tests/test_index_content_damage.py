"""Damage inside an index file of the right size (zeroed by a crash): a query that meets it says the
index is damaged and what to run, not "internal error"; a bug is still told apart from damage."""

from __future__ import annotations

import shutil
import struct
from pathlib import Path

import pytest
from click.testing import CliRunner

from osceq.cli import cli
from osceq.index import IndexStore
from osceq.whoosh_damage import is_damage_error


def invoke(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def _zero_segment_body(index: Path) -> None:
    """Zero everything between a compound segment's header and its directory, keeping its size."""
    folder = IndexStore(index).generation_dir()
    assert folder is not None
    (segment,) = folder.glob("*.seg")
    data = bytearray(segment.read_bytes())
    directory_start, _ = struct.unpack("!qi", data[:12])
    data[12:directory_start] = bytes(directory_start - 12)
    segment.write_bytes(bytes(data))


def test_a_query_meeting_zeroed_index_content_says_the_index_is_damaged(built: tuple[Path, Path]) -> None:
    corpus, index = built
    before = invoke("quotes", "--corpus", str(corpus), "--index", str(index), "-n", "0", "--json").stdout
    _zero_segment_body(index)
    result = invoke("who-said", "the harbour", "--corpus", str(corpus), "--index", str(index))
    assert (result.exit_code, result.stderr) == (
        2,
        "osceq: error: a file of the index cannot be read (FileFormatError): the index is damaged "
        f"(run: osceq index --rebuild --index {index})\n",
    )
    assert invoke("index", "--rebuild", "--index", str(index)).exit_code == 0
    after = invoke("quotes", "--corpus", str(corpus), "--index", str(index), "-n", "0", "--json").stdout
    assert after == before


def test_an_update_meeting_zeroed_index_content_names_the_index_to_rebuild(built: tuple[Path, Path]) -> None:
    corpus, index = built
    _zero_segment_body(index)
    (corpus / "floods.txt").unlink()
    result = invoke("index", "--index", str(index))
    assert (result.exit_code, result.stderr) == (
        2,
        "osceq: error: a file of the index cannot be read (FileFormatError): the index is damaged "
        f"(run: osceq index --rebuild --index {index})\n",
    )


def _raised_in(module: str, source: str) -> BaseException:
    try:
        exec(compile(source, f"{module}.py", "exec"), {"__name__": module})
    except Exception as error:
        return error
    raise AssertionError("nothing raised")


def test_only_read_errors_raised_by_whoosh_code_are_damage() -> None:
    assert is_damage_error(_raised_in("whoosh.codec.whoosh3", "raise Exception('Block tag error')")) is True
    assert is_damage_error(_raised_in("whoosh.columns", "import zlib; zlib.decompress(b'xx')")) is True
    assert is_damage_error(_raised_in("whoosh.codec.whoosh3", "raise TypeError('bad argument')")) is False
    assert is_damage_error(_raised_in("osceq.query.quotes", "raise Exception('a bug')")) is False
    assert is_damage_error(_raised_in("osceq.query.quotes", "b'\\xff'.decode()")) is False
    # The query columns decode stored values: a bad byte there is damage too.
    assert is_damage_error(_raised_in("osceq.query.columns", "b'\\xff'.decode()")) is True


def test_the_hint_names_no_index_when_osceq_index_alone_picks_it(
    news_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(news_corpus, corpus)
    monkeypatch.setenv("OSCEQ_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("OSCEQ_CORPUS", str(corpus))
    assert invoke("index").exit_code == 0
    (index,) = (tmp_path / "cache" / "indexes").iterdir()
    _zero_segment_body(index)
    result = invoke("who-said", "the harbour")
    assert result.stderr.endswith("the index is damaged (run: osceq index --rebuild)\n")
    monkeypatch.delenv("OSCEQ_CORPUS")
    named = invoke("who-said", "the harbour", "--corpus", str(corpus))
    assert named.stderr.endswith(f"the index is damaged (run: osceq index --rebuild --index {index})\n")
