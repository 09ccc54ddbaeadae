"""A stated date osceq cannot read (a JSON Lines `"date": "garbage"`, a `Date: soon` line) is said once
per corpus in the index summary, with a count and the first such document; the documents are indexed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from osceq.cli import cli


def invoke(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def _records(*records: dict[str, str]) -> str:
    return "".join(json.dumps(record) + "\n" for record in records)


def test_jsonl_records_with_unreadable_dates_are_counted_once_and_still_indexed(tmp_path: Path) -> None:
    archive = tmp_path / "archive.jsonl"
    archive.write_text(
        _records(
            {
                "id": "fine",
                "date": "2024-05-02",
                "text": 'The ferry ran late. "We are sorry," said Oda Brenn.',
            },
            {
                "id": "odd-1",
                "date": "garbage",
                "text": 'The ferry ran early. "We are proud," said Oda Brenn.',
            },
            {"id": "odd-2", "date": "in a while", "text": "The ferry did not run at all."},
        ),
        encoding="utf-8",
    )
    index = str(tmp_path / "index")
    first = invoke("index", str(archive), "--index", index)
    assert first.exit_code == 0
    warning = (
        f"osceq: warning: {archive}: 2 records with a date osceq cannot read (first: id 'odd-1'); "
        "dated from their text instead, when it gives a date"
    )
    assert first.stderr.splitlines() == [
        warning,
        f"osceq: 3 documents in the index (3 added, 0 updated, 0 removed, 0 skipped) in "
        f"{first.stderr.split(' in ')[-1].strip()}",
    ]
    again = invoke("index", str(archive), "--index", index)  # unchanged: still said, as skipped files are
    assert again.stderr.splitlines()[0] == warning
    found = invoke("search", "ferry", "--index", index, "--json", "--sort", "date")
    assert sorted((row["doc"], row["date"]) for row in json.loads(found.stdout)) == [
        ("fine", "2024-05-02"),
        ("odd-1", None),
        ("odd-2", None),
    ]


def test_a_fixed_date_is_no_longer_reported(tmp_path: Path) -> None:
    archive = tmp_path / "archive.jsonl"
    archive.write_text(_records({"id": "x", "date": "soon", "text": "Nothing happened."}), encoding="utf-8")
    index = str(tmp_path / "index")
    assert "cannot read" in invoke("index", str(archive), "--index", index).stderr
    archive.write_text(
        _records({"id": "x", "date": "2020-02-02", "text": "Nothing happened."}), encoding="utf-8"
    )
    result = invoke("index", str(archive), "--index", index)
    assert "cannot read" not in result.stderr
    assert "(0 added, 1 updated, 0 removed, 0 skipped)" in result.stderr


def test_text_files_with_an_unreadable_date_line(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "later").mkdir(parents=True)
    (corpus / "good.txt").write_text(
        "Title: Fine\nDate: 2024-01-02\n\nThe bridge opened.\n", encoding="utf-8"
    )
    (corpus / "later" / "vague.txt").write_text("Title: Vague\nDate: whenever\n\nThe bridge closed.\n")
    (corpus / "other.txt").write_text("Title: Other\nDate: TBD\nPublished: March 3, 2022\n\nThe bridge.\n")
    (corpus / "plain.txt").write_text("Bridge news\n\nThe bridge was painted.\n", encoding="utf-8")
    result = invoke("index", str(corpus), "--index", str(tmp_path / "index"))
    assert result.exit_code == 0
    assert result.stderr.splitlines()[0] == (
        f"osceq: warning: {corpus}: 1 file with a stated date osceq cannot read "
        f"(first: {corpus / 'later' / 'vague.txt'}); dated from their text instead, when it gives a date"
    )
    assert "4 documents in the index (4 added" in result.stderr


def test_worker_processes_report_them_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("osceq.build._PARALLEL_THRESHOLD", 2)
    archive = tmp_path / "archive.jsonl"
    dates = ["2021-01-01", "never", "2021-01-03", "not yet", "2021-01-05", "later"]
    archive.write_text(
        _records(
            *({"id": f"n{i}", "date": d, "text": f"Item {i} of the list."} for i, d in enumerate(dates))
        ),
        encoding="utf-8",
    )
    result = invoke("index", str(archive), "--index", str(tmp_path / "index"), "--jobs", "2")
    assert result.stderr.splitlines()[0].startswith(
        f"osceq: warning: {archive}: 3 records with a date osceq cannot read (first: id 'n1');"
    )


def test_web_pages_with_an_unreadable_date_are_counted_with_text_files(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    story = "<p>The ferry to Holm ran late on the first day.</p>"
    (corpus / "a.html").write_text(f'<meta name="date" content="sometime soon"><article>{story}</article>')
    (corpus / "b.html").write_text(f'<article><time datetime="2024-13-45">x</time>{story}</article>')
    (corpus / "c.txt").write_text("Title: C\nDate: soon\n\nThe ferry to Holm ran late.\n")
    (corpus / "d.html").write_text(f'<meta name="date" content="2024-05-06"><article>{story}</article>')
    result = invoke("index", str(corpus), "--index", str(tmp_path / "index"))
    assert result.stderr.splitlines()[0] == (
        f"osceq: warning: {corpus}: 3 files with a stated date osceq cannot read "
        f"(first: {corpus / 'a.html'}); dated from their text instead, when it gives a date"
    )
