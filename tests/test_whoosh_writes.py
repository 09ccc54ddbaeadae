"""The faster write path (whoosh_writes, whoosh_flush) gives the index Whoosh's own writer would have."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh.analysis import NgramFilter, RegexTokenizer
from whoosh.fields import KEYWORD, TEXT, Schema, UnknownFieldError
from whoosh.filedb.filestore import FileStorage

from osceq import index, whoosh_flush, whoosh_writes
from osceq.analyze import analyze
from osceq.models import Document
from osceq.rows import article_rows
from tests.conftest import FLOODS, HARBOUR, HARBOUR_FOLLOWUP

SCHEMA = index.build_schema()

_WORDS = st.sampled_from(
    ["the", "a", "I", "Of", "running", "Runs", "café", "Ærø", "x_y", "don't", "2024", "ﬁle"]
)
_TEXTS = (
    st.text(alphabet=st.characters(codec="utf-8"), max_size=80)
    | st.lists(_WORDS, max_size=12).map(" ".join)
    | st.from_regex(r"[A-Za-zÀ-ÿ _'’.,-]{0,60}", fullmatch=True)
)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["title", "body", "captions", "speaker"]), _TEXTS)
def test_fused_text_postings_are_whoosh_own(name: str, text: str) -> None:
    field = SCHEMA[name]
    assert sorted(whoosh_writes.field_indexer(field)(text)) == sorted(field.index(text))


def test_the_text_fields_take_the_fused_path() -> None:
    # Otherwise the tests above compare Whoosh with itself.
    for name in ("title", "body", "captions", "speaker"):
        assert isinstance(whoosh_writes.field_indexer(SCHEMA[name]), whoosh_writes._FusedPositions), name


def test_leading_stop_words_keep_their_place() -> None:
    # StopFilter renumbers kept words from the first kept word's place, not from zero.
    field = SCHEMA["body"]
    ours = dict(
        (term, value) for term, _, _, value in whoosh_writes.field_indexer(field)("The port of the Elm")
    )
    assert ours == {term: value for term, _, _, value in field.index("The port of the Elm")}
    assert field.format.decode_positions(ours[b"port"]) == [1]


def test_a_field_with_another_filter_goes_through_whoosh() -> None:
    field = TEXT(analyzer=RegexTokenizer() | NgramFilter(2, 3))
    assert not isinstance(whoosh_writes.field_indexer(field), whoosh_writes._FusedPositions)
    assert sorted(whoosh_writes.field_indexer(field)("harbour deal")) == sorted(field.index("harbour deal"))


@pytest.mark.parametrize(
    ("name", "values"),
    [
        ("kind", ["article", "quote", "article"]),
        ("periods", ["y2023 m2023-03 d2023-03-14", "y2023"]),
        ("speaker_name", ["Maria Okafor,Tomas Brandt", "Maria Okafor"]),
        ("date", [datetime(2023, 3, 14), datetime(2023, 3, 14), datetime(1987, 2, 26)]),
    ],
)
def test_memoised_postings_are_whoosh_own(name: str, values: list[Any]) -> None:
    field = SCHEMA[name]
    indexer = whoosh_writes.field_indexer(field)
    for value in values:
        assert sorted(indexer(value)) == sorted(field.index(value))


def _rows() -> list[dict[str, Any]]:
    texts = {"harbour.txt": HARBOUR, "followup.md": HARBOUR_FOLLOWUP, "floods.txt": FLOODS}
    rows = []
    for number, (name, text) in enumerate(sorted(texts.items())):
        rows.extend(article_rows(analyze(Document(id=f"d{number}", path=name, text=text))))
    return rows


def _written(folder: Path, rows: list[dict[str, Any]], add: Any, spill: bool = False) -> Any:
    folder.mkdir()
    ix = FileStorage(str(folder)).create_index(index.build_schema())
    writer = ix.writer(compound=False)  # separate files, to compare byte for byte
    if spill:  # postings spill to sorted runs on disk every few documents, as in a big segment
        writer.pool.limit = 5_000
    for row in rows:
        add(writer, row)
    assert bool(writer.pool.runs) == spill
    writer.commit()
    return ix


def _everything(ix: Any) -> dict[str, Any]:
    """Every posting (with its weight and encoded value), length, stored field and column value."""
    with ix.searcher() as searcher:
        reader = searcher.reader()
        postings = {}
        for name, term in reader.all_terms():
            matcher = reader.postings(name, term)
            found = []
            while matcher.is_active():
                found.append((matcher.id(), matcher.weight(), matcher.value()))
                matcher.next()
            info = reader.term_info(name, term)
            statistics = (info.weight(), info.doc_frequency(), info.min_length(), info.max_length())
            postings[(name, term)] = (found, statistics, info.max_weight(), info.min_id(), info.max_id())
        docs = range(reader.doc_count_all())
        scorable = [name for name, field in ix.schema.items() if field.scorable]
        return {
            "postings": postings,
            "lengths": {name: [reader.doc_field_length(d, name) for d in docs] for name in scorable},
            "totals": {name: reader.field_length(name) for name in scorable},
            "stored": list(reader.all_stored_fields()),
            "columns": {
                name: list(reader.column_reader(name))
                for name, field in ix.schema.items()
                if field.column_type and reader.has_column(name)
            },
        }


def test_an_index_written_fast_is_the_one_whoosh_writes(tmp_path: Path) -> None:
    rows = _rows()
    assert {row["kind"] for row in rows} == {"article", "quote", "event"}
    theirs = _written(tmp_path / "whoosh", rows, lambda writer, row: writer.add_document(**row))
    ours = _written(tmp_path / "ours", rows, whoosh_writes.add_document)
    assert _everything(ours) == _everything(theirs)


def test_a_segment_written_from_spilled_runs_is_the_one_whoosh_writes(tmp_path: Path) -> None:
    rows = _rows()
    theirs = _written(tmp_path / "whoosh", rows, lambda writer, row: writer.add_document(**row), spill=True)
    ours = _written(tmp_path / "ours", rows, whoosh_writes.add_document, spill=True)
    assert _everything(ours) == _everything(theirs)


def test_pool_runs_hold_their_postings_in_order(tmp_path: Path) -> None:
    from whoosh.writing import PostingPool

    pool = PostingPool(FileStorage(str(tmp_path)), segment=None, limitmb=1)
    whoosh_flush.batch_pool_runs(pool)
    postings = [("body", f"w{n % 977:04d}".encode(), n, 1.0, b"") for n in range(20_000)]
    for start in range(0, len(postings), 7_000):  # three runs, the last one shorter than a batch
        pool.current = postings[start : start + 7_000]
        pool.save()
    assert len(pool.runs) == 3
    assert list(pool.items()) == sorted(postings)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.integers(0, 60)), max_size=6), st.lists(st.integers(1, 9), min_size=1))
def test_sorted_runs_merged_a_batch_at_a_time_come_out_sorted(
    runs: list[list[int]], sizes: list[int]
) -> None:
    def batches(items: list[int], number: int) -> Iterator[list[int]]:
        place, turn = 0, number
        while place < len(items):  # uneven batches, with an empty one now and then
            size = sizes[turn % len(sizes)]
            if size > 1 and turn % 3 == 0:
                yield []
            yield items[place : place + size]
            place, turn = place + size, turn + 1

    sorted_runs = [sorted(run) for run in runs]
    merged = list(whoosh_flush.merge_sorted_batches([batches(run, n) for n, run in enumerate(sorted_runs)]))
    assert merged == sorted(item for run in runs for item in run)


def test_unknown_fields_and_boosts_behave_as_in_whoosh(tmp_path: Path) -> None:
    ix = FileStorage(str(tmp_path)).create_index(Schema(tags=KEYWORD(stored=True)))
    writer = ix.writer()
    with pytest.raises(UnknownFieldError):
        whoosh_writes.add_document(writer, {"nope": "x"})
    whoosh_writes.add_document(writer, {"tags": "a b", "_stored_tags": "shown"})  # Whoosh's own path
    writer.commit()
    with ix.searcher() as searcher:
        assert list(searcher.reader().all_stored_fields()) == [{"tags": "shown"}]


def test_small_posting_blocks_are_left_uncompressed_and_read_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from whoosh.codec.whoosh3 import W3PostingsWriter

    rows = _rows()
    levels: list[int] = []
    original = whoosh_flush._whoosh_write_block

    def whoosh_write_block(self: Any, last: bool = False) -> None:
        levels.append(self._compression)
        original(self, last)

    monkeypatch.setattr(W3PostingsWriter, "_write_block", whoosh_write_block)
    theirs = _written(tmp_path / "whoosh", rows, lambda writer, row: writer.add_document(**row))
    assert set(levels) == {3}
    levels.clear()
    monkeypatch.setattr(W3PostingsWriter, "_write_block", whoosh_flush._write_block)
    monkeypatch.setattr(whoosh_flush, "_whoosh_write_block", whoosh_write_block)
    ours = _written(tmp_path / "ours", rows, whoosh_writes.add_document)
    assert set(levels) == {0, 3}
    assert _everything(ours) == _everything(theirs)


def test_only_large_stored_values_are_compressed_and_all_read_back(tmp_path: Path) -> None:
    from whoosh.columns import VarBytesColumn

    rows = _rows()
    large = {**rows[0], "text": "An article long enough to be worth compressing. " * 200}
    rows = [*rows, large]
    ix = _written(tmp_path / "ours", rows, whoosh_writes.add_document)
    stored_fields = {"kind", "doc", "record", "text"}
    with ix.searcher() as searcher:
        reader = searcher.reader()
        assert list(reader.all_stored_fields()) == [
            {name: value for name, value in row.items() if name in stored_fields and value is not None}
            for row in rows
        ]
        raw = list(reader._perdoc.column_reader("_stored", VarBytesColumn()))
    blocks = [_first_deflate_block(value) for value in raw]
    assert blocks[:-1] == ["stored"] * (len(rows) - 1)
    assert blocks[-1] == "compressed"
    assert len(raw[-1]) < len(large["text"]) // 4


def _first_deflate_block(stream: bytes) -> str:
    """After zlib's two-byte header, a deflate block's type is in bits 1-2 (0: stored as it is)."""
    return "stored" if stream[2] >> 1 & 0b11 == 0 else "compressed"


def test_long_posting_lists_fill_the_same_blocks(tmp_path: Path) -> None:
    # 300 documents share terms, so their posting lists run over several 128-posting blocks.
    rows = [
        {
            "kind": "quote" if number % 3 else "article",
            "doc": f"d{number // 4}",
            "body": " ".join(
                ["harbour"] * (number % 7 + 1) + [f"pier{number % 5}", "the", "deal"][: number % 4]
            ),
            "periods": "y2023" if number % 2 else "y2023 m2023-03",
            "position": number,
            "record": {"n": number},
        }
        for number in range(300)
    ]
    theirs = _written(tmp_path / "whoosh", rows, lambda writer, row: writer.add_document(**row))
    ours = _written(tmp_path / "ours", rows, whoosh_writes.add_document)
    everything = _everything(ours)
    assert len(everything["postings"][("kind", b"quote")][0]) == 200
    assert everything == _everything(theirs)
    assert _blocks(tmp_path / "ours") == _blocks(tmp_path / "whoosh")


def _blocks(folder: Path) -> list[tuple[Any, Any]]:
    """Each posting block of a segment's postings file: (its header, its decoded data).

    Decoded, because the bytes may differ: a value shared by several postings pickles once.
    """
    import io
    import pickle
    import struct
    import zlib

    (path,) = folder.glob("*.pst")
    data, blocks, place = path.read_bytes(), [], 0
    while place < len(data):
        if data[place : place + 4] == b"W3Bl":  # a term's posting list begins
            place += 4
        (length,) = struct.unpack_from("!i", data, place)
        body = io.BytesIO(data[place + 4 : place + 4 + abs(length)])
        header = pickle.load(body)
        packed = body.read()
        blocks.append((header, pickle.loads(zlib.decompress(packed) if header[3] else packed)))
        place += 4 + abs(length)
    return blocks


def test_memos_that_start_over_give_the_same_postings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(whoosh_writes, "_WORD_MEMO_LIMIT", 3)
    monkeypatch.setattr(whoosh_writes, "_VALUE_MEMO_LIMIT", 2)
    monkeypatch.setattr(whoosh_writes, "_SINGLE_LIMIT", 2)
    body, periods = SCHEMA["body"], SCHEMA["periods"]
    fused, memoised = whoosh_writes.field_indexer(body), whoosh_writes.field_indexer(periods)
    for text in ["The harbour deal", "harbour workers vote", "the deal, the vote, the harbour"] * 2:
        assert sorted(fused(text)) == sorted(body.index(text))
    for value in ["y2023", "y2024", "y2023 m2023-03", "y2023"]:
        assert sorted(memoised(value)) == sorted(periods.index(value))
    assert len(fused._terms) <= 3 and len(memoised._answers) <= 2 and max(fused._single) < 2
