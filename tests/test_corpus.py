"""Reading corpora: decoding messy bytes, walking folders, JSON Lines records, document ids."""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

import pytest

from osceq import corpus, paths
from osceq.errors import CorpusError


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Café “quoted”".encode(), "Café “quoted”"),
        (codecs.BOM_UTF8 + "Zürich".encode(), "Zürich"),
        (codecs.BOM_UTF16_LE + "Zürich “x”".encode("utf-16-le"), "Zürich “x”"),
        (codecs.BOM_UTF16_BE + "Zürich".encode("utf-16-be"), "Zürich"),
        # Not UTF-8: Windows-1252 curly quotes and Latin-1 accents.
        (b"\x93Hello,\x94 said Ren\xe9e.", "“Hello,” said Renée."),
        (b"caf\xe9", "café"),
        # UTF-8 with a few stray bytes: only the stray bytes are read as Windows-1252.
        ("“Ready,” she said. ".encode() + b"\xff" + " “Go.”".encode(), "“Ready,” she said. ÿ “Go.”"),
        ("Zürich ".encode() + b"\x93late\x94" + " – ok".encode(), "Zürich “late” – ok"),
        (b"bad \x81 byte", "bad \ufffd byte"),  # undefined in Windows-1252 too
        # A replacement character the UTF-8 file itself holds is no sign of a legacy file.
        ("lost \ufffd letter, ".encode() + b"\xe9", "lost \ufffd letter, é"),
    ],
)
def test_decode(data: bytes, expected: str) -> None:
    assert corpus.decode(data) == expected


def test_decode_refuses_binary() -> None:
    with pytest.raises(ValueError, match="binary"):
        corpus.decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_scan_walks_folders_in_order_and_skips_hidden_and_other_files(tmp_path: Path) -> None:
    for name in ["b.txt", "a.md", "sub/c.txt", ".hidden/d.txt", ".e.txt", "image.png", "notes.TXT"]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")
    assert [f.relative for f in corpus.scan(tmp_path)] == ["a.md", "b.txt", "notes.TXT", "sub/c.txt"]


def test_scan_survives_a_symlink_loop(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("x", encoding="utf-8")
    os.symlink(tmp_path, tmp_path / "sub" / "loop")
    skipped: list[tuple[str, str]] = []
    found = corpus.scan(tmp_path, lambda path, reason: skipped.append((path, reason)))
    assert [f.relative for f in found] == ["sub/a.txt"]
    assert skipped and "loop" in skipped[0][1]


def test_scan_missing_corpus_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="not found"):
        corpus.scan(tmp_path / "nope")


def test_document_ids_are_short_and_unique() -> None:
    taken: set[str] = set()
    assert corpus.document_id("a/story.txt", taken) == "a/story"
    assert corpus.document_id("a/story.md", taken) == "a/story.md"
    assert corpus.document_id("README", taken) == "README"


def test_read_documents_reports_what_it_skips(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("A story.\n\nIt happened.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "latin.txt").write_bytes(b"Caf\xe9 story.")
    skipped: dict[str, str] = {}
    documents = list(
        corpus.read_documents(tmp_path, lambda path, reason: skipped.__setitem__(Path(path).name, reason))
    )
    assert [d.id for d in documents] == ["good", "latin"]
    assert documents[1].text == "Café story."
    assert set(skipped) == {"empty.txt", "binary.txt"}
    assert "empty" in skipped["empty.txt"] and "binary" in skipped["binary.txt"]


def test_read_jsonl_skips_bad_lines_and_duplicate_ids(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text(
        "\n".join(
            [
                '{"id": "a", "title": "T", "date": "2020-01-02", "text": "Hello.", "url": "http://x"}',
                "not json",
                '{"id": "b"}',
                '["a list"]',
                '{"id": "a", "text": "again"}',
                '{"text": "no id"}',
                "",
            ]
        ),
        encoding="utf-8",
    )
    skipped: list[str] = []
    documents = list(corpus.read_jsonl(str(path), lambda where, reason: skipped.append(where)))
    assert [(d.id, d.title, d.date, d.url) for d in documents] == [
        ("a", "T", "2020-01-02", "http://x"),
        ("line-6", None, None, None),
    ]
    assert [s.rsplit(":", 1)[1] for s in skipped] == ["2", "3", "4", "5"]


def test_bundled_corpus_has_the_five_seed_articles() -> None:
    assert len(list(paths.bundled_corpus().glob("*.txt"))) == 5


def test_old_mac_line_ends_become_line_breaks_and_keep_offsets(tmp_path: Path) -> None:
    (tmp_path / "mac.txt").write_bytes(b"Ferry fares rise\rDate: 2024-03-05\r\rThe board met.\r\n")
    (document,) = corpus.read_documents(tmp_path)
    assert document.text == "Ferry fares rise\nDate: 2024-03-05\n\nThe board met.\r\n"


def test_a_record_text_with_lone_carriage_returns_is_read_the_same_way() -> None:
    record = {"id": "a", "text": "Title\rBody line one.\rBody line two."}
    assert corpus.document_from_record(record, "x.jsonl", 1).text == "Title\nBody line one.\nBody line two."


def test_half_an_emoji_escaped_in_a_record_becomes_a_replacement_character() -> None:
    # json.loads keeps a lone "\ud83d" as a surrogate, which no UTF-8 output can write.
    record = {"id": "fans\ud83d", "title": "Fans \ud83d cheer", "text": "Fans cheered \ud83d loudly."}
    document = corpus.document_from_record(record, "x.jsonl", 1)
    assert (document.id, document.title, document.text) == (
        "fans\ufffd",
        "Fans \ufffd cheer",
        "Fans cheered \ufffd loudly.",
    )


def test_a_file_name_that_is_not_utf8_is_skipped_with_a_warning(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from osceq.cli import cli

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ok.txt").write_text('Ok.\n\n"Fine words," said Ann Lee.', encoding="utf-8")
    os.mkdir(os.fsencode(corpus) + b"/old\xff")
    for name in (b"/caf\xe9.txt", b"/old\xff/inside.txt"):
        with open(os.fsencode(corpus) + name, "w", encoding="utf-8") as handle:
            handle.write('Legacy.\n\n"Old words," said Bo Chan.')
    index = str(tmp_path / "index")
    runner = CliRunner()
    built = runner.invoke(cli, ["index", str(corpus), "--index", index, "--json"], catch_exceptions=False)
    assert built.exit_code == 0
    warnings = [line for line in built.stderr.splitlines() if "warning" in line]
    assert warnings == [
        f"osceq: warning: skipped {corpus}/caf\\xe9.txt: its name is not valid UTF-8 (rename it to index it)",
        f"osceq: warning: skipped {corpus}/old\\xff: its name is not valid UTF-8 (rename it to index it)",
    ]
    assert json.loads(built.stdout)["documents"] == 1
    query = runner.invoke(cli, ["quotes", "--index", index, "--json"], catch_exceptions=False)
    assert query.exit_code == 0 and query.stderr == ""
    assert [quote["text"] for quote in json.loads(query.stdout)] == ["Fine words,"]


def test_a_folder_with_no_article_file_says_what_it_holds_instead(tmp_path: Path) -> None:
    for name in ("a.pdf", "b.PDF", "notes", "c.docx", ".hidden"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    skipped: list[tuple[str, str]] = []
    assert corpus.scan(tmp_path, lambda path, why: skipped.append((path, why))) == []
    assert skipped == [
        (
            str(tmp_path),
            "no .txt, .md, .markdown, .text or .html file here, only 2 .pdf files, 1 .docx file, 1 extensionless file",
        )
    ]
    (tmp_path / "story.txt").write_text("A story.", encoding="utf-8")
    skipped.clear()
    assert [f.relative for f in corpus.scan(tmp_path, lambda path, why: skipped.append((path, why)))] == [
        "story.txt"
    ]
    assert skipped == []


def test_a_users_folders_named_current_and_gen_something_are_part_of_the_corpus(tmp_path: Path) -> None:
    for relative in ("topics/current/a.txt", "topics/gen-ai/b.txt", "topics/c.txt", "sports/d.txt"):
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_text("A story.", encoding="utf-8")
    assert [f.relative for f in corpus.scan(tmp_path)] == [
        "sports/d.txt",
        "topics/c.txt",
        "topics/current/a.txt",
        "topics/gen-ai/b.txt",
    ]
