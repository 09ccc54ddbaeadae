"""Beyond one machine: export for bulk loads, and extraction that a distributed engine can map."""

from __future__ import annotations

import json
import multiprocessing
import pickle
from pathlib import Path

from click.testing import CliRunner

from osceq.analyze import extract_text
from osceq.cli import cli


def _lines(result) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_export_writes_every_article_quote_and_event(news_corpus: Path) -> None:
    records = _lines(CliRunner().invoke(cli, ["export", "--jsonl", "--corpus", str(news_corpus)]))
    kinds = [r["record_type"] for r in records]
    assert kinds.count("article") == 3
    assert kinds.count("quote") >= 5 and kinds.count("event") >= 3
    assert len({r["id"] for r in records}) == len(records)
    harbour = next(r for r in records if r["record_type"] == "article" and r["doc"] == "harbour")
    assert harbour["text"] == (news_corpus / "harbour.txt").read_text(encoding="utf-8")
    quotes = [r for r in records if r["record_type"] == "quote"]
    assert all(r["id"] == f"{r['doc']}#q{r['start']}" for r in quotes)


def test_export_bulk_pairs_an_action_with_each_document(news_corpus: Path) -> None:
    lines = _lines(
        CliRunner().invoke(cli, ["export", "--bulk", "news", "--type", "quote", "--corpus", str(news_corpus)])
    )
    actions, documents = lines[0::2], lines[1::2]
    assert len(actions) == len(documents) > 0
    for action, document in zip(actions, documents, strict=True):
        assert action == {"index": {"_index": "news-quotes", "_id": document["id"]}}
        assert document["record_type"] == "quote"


SAMPLE = {
    "id": "x1",
    "date": "2021-03-04",
    "text": 'Rain fell yesterday.\n\n"We were ready," said Ana Lima, the mayor.',
}


def test_extraction_is_a_picklable_pure_function() -> None:
    again = pickle.loads(pickle.dumps(extract_text))
    first = extract_text(SAMPLE["text"], date=SAMPLE["date"], id=SAMPLE["id"])
    assert again(SAMPLE["text"], date=SAMPLE["date"], id=SAMPLE["id"]) == first
    assert first["date"] == "2021-03-04"
    assert [q["speaker"] for q in first["quotes"]] == ["Ana Lima"]
    assert "2021-03-03" in [d["value"] for d in first["dates"]]


def test_extraction_maps_over_worker_processes() -> None:
    texts = [SAMPLE["text"].replace("Ana Lima", name) for name in ("Ana Lima", "Bo Chan", "Cy Dow")]
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        records = pool.starmap(extract_text, [(text, SAMPLE["date"]) for text in texts])
    assert [r["quotes"][0]["speaker"] for r in records] == ["Ana Lima", "Bo Chan", "Cy Dow"]
