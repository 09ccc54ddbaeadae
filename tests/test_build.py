"""Building and refreshing indexes: incremental updates, old schemas, damage, locks, interruptions."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from osceq.build import refresh
from osceq.cli import cli
from osceq.errors import IndexProblem
from osceq.index import IndexStore
from osceq.staleness import is_stale
from tests.conftest import write_corpus


def invoke(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def corpus(news_corpus: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "corpus"
    shutil.copytree(news_corpus, copy)
    return copy


def test_index_then_update_only_what_changed(corpus: Path, tmp_path: Path) -> None:
    store = IndexStore(tmp_path / "index")
    first = refresh(corpus, store, procs=1)
    assert (first.added, first.updated, first.removed, first.documents) == (3, 0, 0, 3)
    assert first.rebuilt

    again = refresh(corpus, store, procs=1)
    assert not again.changed and again.unchanged == 3

    (corpus / "new.txt").write_text('A new story.\n\n"Hello there," said Ivo Petrov.', encoding="utf-8")
    (corpus / "floods.txt").write_text('Floods again.\n\n"Still wet," said Priya Raman.', encoding="utf-8")
    (corpus / "harbour.txt").unlink()
    update = refresh(corpus, store, procs=1)
    assert (update.added, update.updated, update.removed, update.rebuilt) == (1, 1, 1, False)
    assert update.documents == 3


def test_a_query_refreshes_a_stale_index(corpus: Path) -> None:
    assert invoke("quotes", "--speaker", "Raman", "--corpus", str(corpus), "--json").exit_code == 0
    (corpus / "extra.txt").write_text('Extra.\n\n"New words entirely," said Ivo Petrov.', encoding="utf-8")
    result = invoke("quotes", "--speaker", "Petrov", "--corpus", str(corpus), "--json")
    assert result.exit_code == 0
    assert "updating the index" in result.stderr
    assert json.loads(result.stdout)[0]["text"] == "New words entirely,"


def test_an_edited_file_is_noticed(corpus: Path, tmp_path: Path) -> None:
    store = IndexStore(tmp_path / "index")
    refresh(corpus, store, procs=1)
    manifest = store.manifest()
    assert manifest is not None and not is_stale(corpus, store, manifest)
    path = corpus / "floods.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    assert is_stale(corpus, store, manifest)


@pytest.mark.parametrize(
    ("field", "old_value"),
    [("schema", 0), ("version", "0.0.1"), ("version", None)],  # None: written before releases were recorded
)
def test_an_index_of_an_older_schema_or_release_is_rebuilt(
    corpus: Path, tmp_path: Path, field: str, old_value: object
) -> None:
    index = tmp_path / "index"
    assert invoke("index", str(corpus), "--index", str(index)).exit_code == 0
    store = IndexStore(index)
    folder = store.generation_dir()
    assert folder is not None
    manifest_path = folder / "state.json"
    data = json.loads(manifest_path.read_text(encoding="utf-8"))
    if old_value is None:
        del data[field]
    else:
        data[field] = old_value
    manifest_path.write_text(json.dumps(data), encoding="utf-8")
    result = invoke("quotes", "--corpus", str(corpus), "--index", str(index), "--json")
    assert result.exit_code == 0
    assert "another version of osceq" in result.stderr
    rebuilt = store.manifest()
    assert rebuilt is not None and rebuilt.is_current()
    # the rebuilt index answers like a fresh one
    fresh = invoke("quotes", "--corpus", str(corpus), "--index", str(tmp_path / "fresh"), "--json")
    assert json.loads(result.stdout) == json.loads(fresh.stdout)


def test_a_damaged_index_gets_a_clear_message(corpus: Path, tmp_path: Path) -> None:
    index = tmp_path / "index"
    invoke("index", str(corpus), "--index", str(index))
    folder = IndexStore(index).generation_dir()
    assert folder is not None
    for toc in folder.glob("*.toc"):
        toc.write_bytes(b"garbage")
    result = invoke("quotes", "--corpus", str(corpus), "--index", str(index))
    assert result.exit_code == 2
    assert "damaged" in result.stderr and f"osceq index --index {index}" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert invoke("index", str(corpus), "--index", str(index), "--rebuild").exit_code == 0
    assert invoke("quotes", "--corpus", str(corpus), "--index", str(index), "--json").exit_code == 0


def test_a_second_writer_is_refused_while_the_first_holds_the_lock(corpus: Path, tmp_path: Path) -> None:
    store = IndexStore(tmp_path / "index")
    with store.locked():
        with pytest.raises(IndexProblem, match="being updated"):
            refresh(corpus, store, procs=1)
        result = invoke("index", str(corpus), "--index", str(store.root))
        assert result.exit_code == 2 and "being updated" in result.stderr
    assert refresh(corpus, store, procs=1).documents == 3  # no stale lock after the holder is gone


def test_a_query_answers_from_the_old_index_while_another_process_updates(
    corpus: Path, tmp_path: Path
) -> None:
    index = tmp_path / "index"
    invoke("index", str(corpus), "--index", str(index))
    (corpus / "extra.txt").write_text('Extra.\n\n"Words," said Ivo Petrov.', encoding="utf-8")
    with IndexStore(index).locked():
        result = invoke(
            "quotes", "--speaker", "Raman", "--corpus", str(corpus), "--index", str(index), "--json"
        )
    assert result.exit_code == 0
    assert "answering from the index as it was" in result.stderr


def test_index_belonging_to_another_corpus_is_refused(
    corpus: Path, news_corpus: Path, tmp_path: Path
) -> None:
    index = tmp_path / "index"
    invoke("index", str(corpus), "--index", str(index))
    result = invoke("quotes", "--corpus", str(news_corpus), "--index", str(index))
    assert result.exit_code == 2 and "another corpus" in result.stderr
    # --index alone is enough: the index knows its corpus.
    assert invoke("quotes", "--index", str(index), "--json").exit_code == 0


def test_bad_files_are_skipped_with_a_warning_and_the_run_goes_on(corpus: Path) -> None:
    (corpus / "binary.txt").write_bytes(b"\x00\xff\x00 not text")
    (corpus / "empty.md").write_text("", encoding="utf-8")
    (corpus / "latin1.txt").write_bytes(b'Caf\xe9 news.\n\n"Bien s\xfbr," said Ren\xe9 Dupont.')
    (corpus / "name with spaces ü.txt").write_text(
        'Spaces.\n\n"Odd names work," said Ana Lima.', encoding="utf-8"
    )
    result = invoke("index", str(corpus))
    assert result.exit_code == 0
    warnings = [line for line in result.stderr.splitlines() if "skipped" in line and "warning" in line]
    assert (
        len(warnings) == 2
        and any("binary.txt" in w for w in warnings)
        and any("empty.md" in w for w in warnings)
    )
    assert "2 skipped" in result.stderr
    found = json.loads(invoke("quotes", "--speaker", "Dupont", "--corpus", str(corpus), "--json").stdout)
    assert found[0]["text"] == "Bien sûr,"
    assert invoke("quotes", "--speaker", "Lima", "--corpus", str(corpus), "--json").exit_code == 0
    # Unchanged bad files are remembered, not retried (and re-warned about) by every query.
    assert "skipped" not in invoke("quotes", "--corpus", str(corpus), "--json").stderr


def test_a_jsonl_corpus_updates_record_by_record(tmp_path: Path) -> None:
    path = tmp_path / "archive.jsonl"
    records = [
        {"id": "a", "date": "2021-01-05", "title": "A", "text": '"First words," said Ann Lee.'},
        {"id": "b", "date": "2021-02-05", "title": "B", "text": '"Second words," said Bo Chan.'},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    store = IndexStore(tmp_path / "index")
    assert refresh(path, store, procs=1).documents == 2
    records[1]["text"] = '"Changed words," said Bo Chan.'
    records.append({"id": "c", "date": "2021-03-05", "title": "C", "text": '"Third," said Cy Dow.'})
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    update = refresh(path, store, procs=1)
    assert (update.added, update.updated, update.unchanged) == (1, 1, 1)


def test_parallel_and_serial_builds_agree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Workers start a new segment every 100 Whoosh documents, as a huge corpus does every 60,000, so
    # that path is exercised too.
    monkeypatch.setattr("osceq.build_workers.SEGMENT_DOCS", 100)
    files = {
        f"story{i:03d}.txt": f'Story {i}\n\nDate: 2020-01-{1 + i % 28:02d}\n\n"Line {i} is here," said Speaker Number{i}.'
        for i in range(250)
    }
    corpus = write_corpus(tmp_path / "big", files)
    serial = IndexStore(tmp_path / "serial")
    parallel = IndexStore(tmp_path / "parallel")
    assert refresh(corpus, serial, procs=1).documents == 250
    assert refresh(corpus, parallel, procs=2).documents == 250
    one = json.loads(invoke("quotes", "--index", str(serial.root), "-n", "0", "--json").stdout)
    two = json.loads(invoke("quotes", "--index", str(parallel.root), "-n", "0", "--json").stdout)
    assert len(one) == 250 and one == two


def test_a_big_update_in_workers_replaces_the_changed_articles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("osceq.build_workers.SEGMENT_DOCS", 100)

    def story(i: int, word: str) -> str:
        return (
            f'Story {i}\n\nDate: 2020-01-{1 + i % 28:02d}\n\n"The {word} line {i}," said Speaker Number{i}.'
        )

    corpus = write_corpus(tmp_path / "big", {f"s{i:03d}.txt": story(i, "first") for i in range(300)})
    store = IndexStore(tmp_path / "index")
    assert refresh(corpus, store, procs=2).documents == 300
    write_corpus(corpus, {f"s{i:03d}.txt": story(i, "second") for i in range(250)})
    (corpus / "s299.txt").unlink()
    report = refresh(corpus, store, procs=2)
    assert (report.rebuilt, report.updated, report.removed, report.documents) == (False, 250, 1, 299)
    quotes = json.loads(invoke("quotes", "--index", str(store.root), "-n", "0", "--json").stdout)
    words = sorted(quote["text"].split()[1] for quote in quotes)
    assert len(quotes) == 299
    assert words.count("second") == 250 and words.count("first") == 49


def test_killing_an_indexing_process_leaves_the_previous_index_usable(tmp_path: Path) -> None:
    files = {
        f"s{i:04d}.txt": f"Story {i}\n\nDate: 2020-02-03\n\n" + ("Plain words of the story here. " * 60)
        for i in range(3000)
    }
    corpus = write_corpus(tmp_path / "corpus", {"first.txt": 'First.\n\n"Kept," said Ivo Petrov.'})
    index = tmp_path / "index"
    env = {**os.environ, "OSCEQ_INDEX": str(index)}
    assert invoke("index", str(corpus), "--index", str(index)).exit_code == 0
    write_corpus(corpus, files)
    process = subprocess.Popen(
        [sys.executable, "-m", "osceq", "index", str(corpus), "--rebuild"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1.5)
    process.send_signal(signal.SIGKILL)
    process.wait()
    before = json.loads(invoke("quotes", "--index", str(index), "--json", "--speaker", "Petrov").stdout)
    assert before[0]["text"] == "Kept,"
    # The next run rebuilds cleanly and leaves no half-built generation behind.
    assert invoke("index", str(corpus), "--index", str(index)).exit_code == 0
    assert len(list(index.glob("gen-*"))) == 1


def test_an_unwritable_index_location_is_a_clear_error(corpus: Path, tmp_path: Path) -> None:
    not_a_folder = tmp_path / "plain-file"
    not_a_folder.write_text("x", encoding="utf-8")
    result = invoke("index", str(corpus), "--index", str(not_a_folder / "index"))
    assert result.exit_code == 2
    assert result.stderr.startswith("osceq: error: cannot") and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert sorted(p.name for p in corpus.rglob("*")) == ["2023", "floods.txt", "followup.md", "harbour.txt"]


def test_a_file_too_large_to_be_an_article_is_skipped(corpus: Path) -> None:
    with open(corpus / "huge.txt", "w", encoding="utf-8") as handle:
        line = "The same long line of text repeated to make a very large file indeed. " * 100 + "\n"
        for _ in range(17 * 1024 * 1024 // len(line) + 1):
            handle.write(line)
    result = invoke("index", str(corpus))
    assert result.exit_code == 0
    assert "huge.txt" in result.stderr and "larger than 16 MB" in result.stderr


def test_a_full_disk_during_an_update_is_a_clear_error_and_the_index_survives(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    index = tmp_path / "index"
    assert invoke("index", str(corpus), "--index", str(index)).exit_code == 0
    (corpus / "new.txt").write_text('New.\n\n"Fresh words," said Ivo Petrov.', encoding="utf-8")

    def no_space(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("osceq.index._write_json_atomically", no_space)
    result = invoke("index", str(corpus), "--index", str(index))
    assert result.exit_code == 2
    assert result.stderr.startswith("osceq: error: no space left") and len(result.stderr.splitlines()) == 1
    monkeypatch.undo()
    assert invoke("quotes", "--speaker", "Raman", "--index", str(index), "--json").exit_code == 0


def test_ctrl_c_exits_130_and_keeps_the_previous_index(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", {"first.txt": 'First.\n\n"Kept," said Ivo Petrov.'})
    index = tmp_path / "index"
    assert invoke("index", str(corpus), "--index", str(index)).exit_code == 0
    # A loaded machine can finish a run before the interrupt lands; then add new stories and try again.
    for attempt in range(3):
        process, stderr = _interrupt_a_long_run(corpus, index, first=attempt * 3000)
        if process.returncode != 0:
            break
    assert process.returncode == 130, stderr
    assert "interrupted" in stderr and "Traceback" not in stderr
    # The workers' unfinished segment files (postings, terms, columns) were tidied away.
    live = index / (index / "current").read_text(encoding="utf-8").strip()
    assert [path.name for path in live.glob("MAIN_*") if path.suffix not in (".seg", "")] == []
    kept = json.loads(invoke("quotes", "--index", str(index), "--json", "--speaker", "Petrov").stdout)
    assert kept[0]["text"] == "Kept,"


def _interrupt_a_long_run(corpus: Path, index: Path, first: int) -> tuple[subprocess.Popen[str], str]:
    """Add 3,000 new stories, start indexing them, and press ctrl-c once segment files are being written."""
    write_corpus(
        corpus,
        {
            # Long enough that the run is still going when its first segment files appear (~6 s).
            f"s{i:05d}.txt": f"Story {i}\n\nDate: 2020-02-03\n\n" + "Plain words of the story. " * 400
            for i in range(first, first + 3000)
        },
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "osceq", "index", str(corpus), "--index", str(index)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    # Interrupt once the run is writing segment files: earlier, a loaded machine may still be
    # importing, before the handler that turns ctrl-c into exit 130 is in place.
    live = index / (index / "current").read_text(encoding="utf-8").strip()
    files_before = set(live.iterdir())
    deadline = time.monotonic() + 60
    while process.poll() is None and set(live.iterdir()) <= files_before and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    return process, stderr


def test_writing_into_a_closed_pipe_is_silent(tmp_path: Path) -> None:
    env = {**os.environ, "OSCEQ_CACHE_DIR": str(tmp_path / "cache")}
    command = f"{sys.executable} -m osceq quotes -n 0 --no-group | head -1"
    done = subprocess.run(["bash", "-o", "pipefail", "-c", command], env=env, capture_output=True, text=True)
    assert done.stdout.startswith("date\tspeaker")
    assert "Error" not in done.stderr and "Traceback" not in done.stderr and "Broken pipe" not in done.stderr


@pytest.mark.parametrize("leftovers", [["lock"], ["lock", "gen-20260101000000-abc/MAIN_x.seg"]])
def test_an_index_folder_whose_first_build_did_not_finish_is_refused(
    tmp_path: Path, leftovers: list[str]
) -> None:
    # What Ctrl-C, kill -9 or a crash leave of a first build: a lock, maybe a generation never made live.
    index = tmp_path / "index"
    for name in leftovers:
        (index / name).parent.mkdir(parents=True, exist_ok=True)
        (index / name).write_text("", encoding="utf-8")
    result = invoke("speakers", "--index", str(index))
    assert result.exit_code == 2
    assert result.stderr == (
        f"osceq: error: {index} holds no finished index (run: osceq index PATH --index {index})\n"
    )
    assert IndexStore(index).manifest() is None  # not filled with the bundled corpus
    assert invoke("index", "--index", str(index)).exit_code == 2


def test_a_query_while_a_first_build_runs_says_so(corpus: Path, tmp_path: Path) -> None:
    store = IndexStore(tmp_path / "index")
    with store.locked():
        alone = invoke("speakers", "--index", str(store.root))
        named = invoke("speakers", "--corpus", str(corpus), "--index", str(store.root))
    message = f"osceq: error: the index at {store.root} is being built by osceq pid {os.getpid()} (wait for it to finish, then try again)\n"
    assert (alone.exit_code, alone.stderr) == (2, message)
    assert (named.exit_code, named.stderr) == (2, message)
    assert "indexing" not in alone.stderr + named.stderr


def test_indexing_another_corpus_into_an_index_is_refused_without_rebuild(
    corpus: Path, news_corpus: Path, tmp_path: Path
) -> None:
    index = tmp_path / "index"
    assert invoke("index", str(corpus), "--index", str(index)).exit_code == 0
    (corpus / "extra.txt").write_text('Extra.\n\n"Words," said Ivo Petrov.', encoding="utf-8")
    refused = invoke("index", str(news_corpus), "--index", str(index))
    assert refused.exit_code == 2
    assert refused.stderr == (
        f"osceq: error: the index at {index} belongs to another corpus ({corpus}) (use another --index DIR,"
        " or rebuild it: osceq index PATH --index DIR --rebuild)\n"
    )
    manifest = IndexStore(index).manifest()
    assert manifest is not None and manifest.corpus == str(corpus) and len(manifest.files) == 3
    replaced = invoke("index", str(news_corpus), "--index", str(index), "--rebuild")
    assert replaced.exit_code == 0
    manifest = IndexStore(index).manifest()
    assert manifest is not None and manifest.corpus == str(news_corpus)


def test_an_index_inside_its_corpus_is_not_part_of_the_corpus(corpus: Path) -> None:
    index = corpus / "idx"
    first = invoke("index", str(corpus), "--index", str(index), "--json")
    second = invoke("index", str(corpus), "--index", str(index), "--json")
    assert json.loads(first.stdout)["documents"] == 3
    assert (json.loads(second.stdout)["added"], json.loads(second.stdout)["documents"]) == (0, 3)
    query = invoke("search", "harbour", "--index", str(index), "--fields", "doc", "-n", "0")
    assert query.stderr == "" and "idx/" not in query.stdout
    manifest = IndexStore(index).manifest()
    assert manifest is not None and sorted(manifest.files) == [
        "2023/followup.md",
        "floods.txt",
        "harbour.txt",
    ]
    assert not any(folder.startswith(str(index)) for folder in manifest.folders)
    # Nor is any other index kept in the corpus.
    assert invoke("index", str(corpus), "--index", str(corpus / "second")).exit_code == 0
    assert "index" not in invoke("quotes", "--index", str(corpus / "second"), "-n", "0").stderr


def _unprivileged(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run osceq as a user whom file permissions bind (root drops its override of them)."""
    command = [sys.executable, "-m", "osceq", *args]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("root needs setpriv to be bound by file permissions")
        caps = "-dac_override,-dac_read_search,-fowner"
        drop = [setpriv, f"--inh-caps={caps}", f"--bounding-set={caps}"]
        if subprocess.run([*drop, "true"], capture_output=True, check=False).returncode != 0:
            pytest.skip("setpriv cannot drop root's override of file permissions here")
        command = [*drop, *command]
    return subprocess.run(command, env=env, capture_output=True, text=True, check=False)


def test_a_read_only_index_is_read_as_it_is_and_never_an_internal_error(corpus: Path, tmp_path: Path) -> None:
    index = tmp_path / "index"
    assert invoke("index", str(corpus), "--index", str(index)).exit_code == 0
    (corpus / "extra.txt").write_text('Extra.\n\n"Words," said Ivo Petrov.', encoding="utf-8")
    for path in [index, *index.rglob("*")]:
        path.chmod(path.stat().st_mode & ~0o222)
    env = {**os.environ, "OSCEQ_DEBUG": ""}
    try:
        query = _unprivileged("quotes", "--index", str(index), "--speaker", "Raman", "--json", env=env)
        indexing = _unprivileged("index", str(corpus), "--index", str(index), env=env)
    finally:
        for path in [index, *index.rglob("*")]:
            path.chmod(path.stat().st_mode | 0o200)
    assert query.returncode == 0 and json.loads(query.stdout)[0]["speaker"] == "Priya Raman"
    assert query.stderr == (
        "osceq: the corpus changed; updating the index\n"
        f"osceq: cannot write the index at {index}: permission denied; answering from the index as it was\n"
    )
    assert indexing.returncode == 2
    assert (
        indexing.stderr
        == f"osceq: error: cannot write the index at {index}: permission denied (use --index DIR)\n"
    )


def test_an_index_folder_that_cannot_hold_an_index_is_a_clear_error(corpus: Path) -> None:
    result = invoke("index", str(corpus), "--index", "/proc")
    assert result.exit_code == 2
    assert result.stderr == "osceq: error: cannot write the index at /proc: no such file or directory\n"


def test_the_index_summary_counts_only_what_was_indexed_and_repeats_what_stays_skipped(
    corpus: Path, tmp_path: Path
) -> None:
    (corpus / "binary.txt").write_bytes(b"\x00\xff\x00 not text")
    (corpus / "empty.md").write_text("", encoding="utf-8")
    index = str(tmp_path / "index")

    def counts(result) -> tuple[int, int, int, int, list[str]]:  # type: ignore[no-untyped-def]
        report = json.loads(result.stdout)
        names = sorted(Path(path).name for path, _ in report["skipped"])
        return report["added"], report["updated"], report["unchanged"], report["documents"], names

    first = invoke("index", str(corpus), "--index", index, "--json")
    assert counts(first) == (3, 0, 0, 3, ["binary.txt", "empty.md"])
    assert "3 documents in the index (3 added, 0 updated, 0 removed, 2 skipped)" in first.stderr
    again = invoke("index", str(corpus), "--index", index, "--json")
    assert counts(again) == (0, 0, 3, 3, ["binary.txt", "empty.md"])
    assert [line for line in again.stderr.splitlines() if "warning" in line] == [
        f"osceq: warning: skipped {corpus / 'binary.txt'}: binary file (contains NUL bytes)",
        f"osceq: warning: skipped {corpus / 'empty.md'}: empty file",
    ]
    assert "3 documents in the index (0 added, 0 updated, 0 removed, 2 skipped)" in again.stderr
    (corpus / "binary.txt").write_text('Fixed.\n\n"Now readable," said Ivo Petrov.', encoding="utf-8")
    fixed = invoke("index", str(corpus), "--index", index, "--json")
    assert counts(fixed) == (1, 0, 3, 4, ["empty.md"])
    assert invoke("quotes", "--index", index, "--json").stderr == ""  # queries do not repeat them


def test_updates_drop_emptied_segments_and_merge_mostly_deleted_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("osceq.build_workers.SEGMENT_DOCS", 100)  # many small segments, as a huge corpus has

    def story(i: int, word: str) -> str:
        return (
            f'Story {i}\n\nDate: 2020-01-{1 + i % 28:02d}\n\n"The {word} line {i}," said Speaker Number{i}.'
        )

    corpus = write_corpus(tmp_path / "big", {f"s{i:03d}.txt": story(i, "first") for i in range(300)})
    store = IndexStore(tmp_path / "index")
    refresh(corpus, store, procs=2)

    def deleted_shares() -> list[float]:
        return sorted(s.deleted_count() / s.doc_count_all() for s in store.open()._segments())

    write_corpus(corpus, {f"s{i:03d}.txt": story(i, "second") for i in range(300)})
    assert refresh(corpus, store, procs=2).updated == 300  # in workers: commit_with_segments
    assert deleted_shares() and max(deleted_shares()) == 0.0  # every emptied segment is gone
    write_corpus(corpus, {f"s{i:03d}.txt": story(i, "third") for i in range(0, 300, 3)})
    write_corpus(corpus, {f"s{i:03d}.txt": story(i, "third") for i in range(1, 300, 3)})
    assert refresh(corpus, store, procs=1).updated == 200  # Whoosh's own commit
    assert max(deleted_shares()) <= 0.5
    write_corpus(corpus, {f"s{i:03d}.txt": story(i, "fourth") for i in range(50, 260)})
    assert refresh(corpus, store, procs=2).updated == 210
    assert max(deleted_shares()) <= 0.5
    fresh = IndexStore(tmp_path / "fresh")
    refresh(corpus, fresh, procs=1)
    updated = json.loads(invoke("quotes", "--index", str(store.root), "-n", "0", "--json").stdout)
    rebuilt = json.loads(invoke("quotes", "--index", str(fresh.root), "-n", "0", "--json").stdout)
    assert len(updated) == 300 and updated == rebuilt
    search = ["search", "fourth", "--json", "-n", "0", "--fields", "doc"]
    assert (
        invoke(*search, "--index", str(store.root)).stdout
        == invoke(*search, "--index", str(fresh.root)).stdout
    )


def test_above_the_full_check_limit_queries_leave_edits_in_place_to_osceq_index(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What the README's Quick start now says: above 5,000 files (here 2) only folder times are checked.
    monkeypatch.setattr("osceq.staleness.FULL_CHECK_LIMIT", 2)
    index = str(tmp_path / "index")
    invoke("index", str(corpus), "--index", index)
    with open(corpus / "floods.txt", "a", encoding="utf-8") as handle:  # no folder's time changes
        handle.write('\n"Zyxwvut is coming," said Olga Frost.\n')
    assert invoke("search", "zyxwvut", "--index", index).exit_code == 1
    assert json.loads(invoke("index", str(corpus), "--index", index, "--json").stdout)["updated"] == 1
    assert invoke("search", "zyxwvut", "--index", index).exit_code == 0


def test_an_index_of_another_release_is_not_read_while_it_cannot_be_rebuilt(
    corpus: Path, tmp_path: Path
) -> None:
    index = tmp_path / "index"
    assert invoke("index", str(corpus), "--index", str(index)).exit_code == 0
    folder = IndexStore(index).generation_dir()
    assert folder is not None
    data = json.loads((folder / "state.json").read_text(encoding="utf-8"))
    (folder / "state.json").write_text(json.dumps({**data, "version": "0.0.1"}), encoding="utf-8")
    with IndexStore(index).locked():
        result = invoke("quotes", "--index", str(index), "--json")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.splitlines()[-1] == (
        f"osceq: error: the index at {index} is being updated by osceq pid {os.getpid()}"
        " (wait for it to finish, then try again)"
    )


def test_an_index_file_cut_off_mid_way_is_reported_as_damage_not_as_ctrl_c(
    corpus: Path, tmp_path: Path
) -> None:
    index = tmp_path / "index"
    invoke("index", str(corpus), "--index", str(index))
    folder = IndexStore(index).generation_dir()
    assert folder is not None
    for segment in folder.glob("*.seg"):
        segment.write_bytes(segment.read_bytes()[: segment.stat().st_size // 2])
    result = invoke("quotes", "--corpus", str(corpus), "--index", str(index), "--json")
    assert (result.exit_code, result.stderr) == (
        2,
        f"osceq: error: a file of the index ended early: the index is damaged (run: osceq index --rebuild --index {index})\n",
    )


def test_a_run_killed_between_its_commit_and_its_manifest_is_not_indexed_twice(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = tmp_path / "index"
    invoke("index", str(corpus), "--index", str(index))
    (corpus / "late.txt").write_text('Late news.\n\n"We are here," said Ana Velk.', encoding="utf-8")

    def killed(*args: object) -> None:
        raise KeyboardInterrupt  # as if the process died right after Whoosh's commit

    with monkeypatch.context() as patched:
        patched.setattr(IndexStore, "write_manifest", killed)
        with pytest.raises(KeyboardInterrupt):
            refresh(corpus, IndexStore(index), procs=1)
    refresh(corpus, IndexStore(index), procs=1)
    updated = invoke("quotes", "--corpus", str(corpus), "--index", str(index), "-n", "0", "--json")
    fresh = invoke("quotes", "--corpus", str(corpus), "--index", str(tmp_path / "fresh"), "-n", "0", "--json")
    assert json.loads(updated.stdout) == json.loads(fresh.stdout)
