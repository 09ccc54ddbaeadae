"""Building and refreshing an index from a corpus: find what changed, analyse it, write it."""

from __future__ import annotations

import contextlib
import hashlib
import os
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from osceq import corpus as corpus_io
from osceq.analyze import analyze
from osceq.index import (
    SCHEMA_VERSION,
    IndexStore,
    Manifest,
    another_corpus,
    close_segment,
    commit,
    commit_with_segments,
    discard_unused_files,
    open_segment_writer,
    write_failure,
)
from osceq.models import Document
from osceq.rows import article_rows
from osceq.staleness import corpus_folders
from osceq.whoosh_damage import find_damage
from osceq.whoosh_writes import add_document
from osceq.workers import Workers

ProgressCallback = Callable[[int, int], None]  # (documents done, documents to do)

_PARALLEL_THRESHOLD = 200  # below this many documents a worker pool costs more than it saves


@dataclass
class BuildReport:
    """What an index run did."""

    corpus: str
    index: str
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    documents: int = 0
    rebuilt: bool = False
    seconds: float = 0.0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    damage: str | None = None  # what was found damaged in the index, which was then rebuilt

    @property
    def changed(self) -> bool:
        return self.rebuilt or bool(self.added or self.updated or self.removed)


@dataclass(frozen=True, slots=True)
class _Job:
    """One document to analyse: a text file to read, or a document already read (JSONL)."""

    key: str  # the manifest key: relative path, or "file.jsonl#id"
    stamp: str
    ident: str
    source: corpus_io.SourceFile | None = None
    document: Document | None = None


def _analyse_job(job: _Job) -> tuple[_Job, list[dict[str, Any]] | None, str | None]:
    """Read (when needed) and analyse one document into index rows; runs in worker processes."""
    try:
        document = job.document
        if document is None:
            assert job.source is not None
            document = corpus_io.read_text_file(job.source, job.ident)
        return job, article_rows(analyze(document)), None
    except (OSError, ValueError) as error:
        return job, None, str(error)
    except RecursionError:
        return job, None, "text too deeply nested to analyse"


@dataclass
class _Plan:
    """What an index run has to do: documents to analyse, entries kept, documents to delete."""

    jobs: Iterator[_Job]  # handed out once; never the whole corpus read at once
    count: int  # how many jobs
    keep: dict[str, list[str]]  # manifest entries that stay as they are
    deletions: list[str]  # document ids to delete
    removed: int  # sources gone from the corpus


def _plan(corpus: Path, manifest: Manifest | None, on_skip: corpus_io.SkipReporter | None) -> _Plan:
    """Compare the corpus with the manifest (None: index everything)."""
    old = manifest.files if manifest else {}
    if corpus.is_file() and corpus_io.is_jsonl(corpus):
        return _jsonl_plan(corpus, old, on_skip)
    sources = corpus_io.scan(corpus, on_skip)
    taken = {entry[1] for entry in old.values() if entry[1]}
    keep: dict[str, list[str]] = {}
    jobs: list[_Job] = []
    deletions: list[str] = []
    for source in sources:
        entry = old.get(source.relative)
        if entry and entry[0] == source.stamp:
            keep[source.relative] = entry
            continue
        if entry and entry[1]:
            deletions.append(entry[1])
        ident = entry[1] if entry and entry[1] else corpus_io.document_id(source.relative, taken)
        jobs.append(_Job(source.relative, source.stamp, ident, source=source))
    current = {source.relative for source in sources}
    gone = [entry for key, entry in old.items() if key not in current]
    deletions.extend(entry[1] for entry in gone if entry[1])
    return _Plan(_drained(jobs), len(jobs), keep, deletions, len(gone))


def _drained(jobs: list[_Job]) -> Iterator[_Job]:
    """Hand out the jobs, letting go of each: a huge run's job list shrinks as its manifest grows."""
    queue = deque(jobs)
    jobs.clear()
    while queue:
        yield queue.popleft()


def _record_digest(document: Document) -> str:
    fields = [document.text, document.title or "", document.date or "", document.source or ""]
    return hashlib.sha1("\x1f".join(fields).encode("utf-8", "surrogatepass")).hexdigest()


def _jsonl_plan(corpus: Path, old: dict[str, list[str]], on_skip: corpus_io.SkipReporter | None) -> _Plan:
    """Two passes over the file: digests first, then the changed records streamed to the workers."""
    keep: dict[str, list[str]] = {}
    changed: dict[str, str] = {}
    for document in corpus_io.read_jsonl(str(corpus), on_skip):
        key, digest = f"#{document.id}", _record_digest(document)
        entry = old.get(key)
        if entry and entry[0] == digest:
            keep[key] = entry
        else:
            changed[key] = digest
    gone = [entry for key, entry in old.items() if key not in keep and key not in changed]
    deletions = [entry[1] for key, entry in old.items() if key not in keep and entry[1]]

    def stream() -> Iterator[_Job]:
        for document in corpus_io.read_jsonl(str(corpus)):
            key = f"#{document.id}"
            if key in changed:
                yield _Job(key, changed[key], document.id, document=document)

    return _Plan(stream(), len(changed), keep, deletions, len(gone))


def _manifest_describes_index(store: IndexStore, manifest: Manifest) -> bool:
    """Whether the live generation's Whoosh commit is the one its manifest was written after."""
    folder = store.generation_dir()
    return folder is not None and store.whoosh_generation(folder) == manifest.generation


def refresh(
    corpus: Path,
    store: IndexStore,
    *,
    rebuild: bool = False,
    progress: ProgressCallback | None = None,
    on_skip: corpus_io.SkipReporter | None = None,
    procs: int | None = None,
    repeat_skipped: bool = False,
) -> BuildReport:
    """Bring the index up to date with the corpus: rebuild, or update only what changed.

    Files skipped by an earlier run and unchanged since are not read again; they are counted as
    skipped, and reported to on_skip again when repeat_skipped is set (`osceq index` does).
    """
    started = time.perf_counter()
    report = BuildReport(corpus=str(corpus), index=str(store.root))

    def skip(path: str, reason: str) -> None:
        report.skipped.append((path, reason))
        if on_skip:
            on_skip(path, reason)

    procs = procs if procs is not None else min(2, os.cpu_count() or 1)
    with store.locked():
        manifest = store.manifest()
        if not rebuild and manifest is not None and manifest.corpus and manifest.corpus != str(corpus):
            raise another_corpus(store.root, manifest.corpus)  # hours of indexing are not replaced silently
        full = rebuild or manifest is None or not manifest.is_current() or manifest.corpus != str(corpus)
        if not full and manifest is not None and not _manifest_describes_index(store, manifest):
            full = True  # a run killed between its commit and its manifest: the index holds more than it says
        live = store.generation_dir()
        if not full and live is not None:
            # A file cut short (a full disk, a copy cut off) would fail every query: rebuild, since the
            # index holds nothing the corpus cannot give again.
            report.damage = find_damage(live)
            full = report.damage is not None
        # Folders of builds that were killed before they went live (we hold the lock: none is running).
        store.remove_stale_generations(keep=store.generation_dir())
        plan = _plan(corpus, None if full else manifest, skip)
        report.rebuilt = full
        report.removed = plan.removed
        for key, entry in plan.keep.items():
            if entry[1]:
                report.unchanged += 1
            else:  # skipped by an earlier run, unchanged since
                label = _source_label(corpus, key)
                reason = entry[2] if len(entry) > 2 else "skipped by an earlier run"
                if repeat_skipped:
                    skip(label, reason)
                else:
                    report.skipped.append((label, reason))
        if not full and not plan.count and not plan.deletions:
            _refresh_folder_stamps(store, corpus, manifest)
            _warm_speaker_cache(store)
            report.documents = report.unchanged
            report.seconds = time.perf_counter() - started
            return report
        new_manifest = Manifest(schema=SCHEMA_VERSION, corpus=str(corpus), files=dict(plan.keep))
        _write(store, full, plan, new_manifest, procs, progress, skip)
        new_manifest.folders = corpus_folders(corpus)
        folder = store.generation_dir()
        if folder is not None:
            store.write_manifest(folder, new_manifest)
        before = {} if full or manifest is None else manifest.files
        for key, entry in new_manifest.files.items():
            if entry[1] and key not in plan.keep:  # indexed by this run
                if key in before and before[key][1]:  # replaced an indexed version
                    report.updated += 1
                else:
                    report.added += 1
        report.documents = sum(1 for entry in new_manifest.files.values() if entry[1])
        _warm_speaker_cache(store)
    report.seconds = time.perf_counter() - started
    return report


def _source_label(corpus: Path, key: str) -> str:
    """How a warning names a source of the manifest: its path, or a JSON Lines record's "#id"."""
    if key.startswith("#"):
        return key
    return str(corpus) if corpus.is_file() else os.path.join(corpus, key)


def _warm_speaker_cache(store: IndexStore) -> None:
    """Compute the speaker caches now: shell completion reads the table without opening Whoosh, and
    no query pays for computing one."""
    from osceq.query.speakers import warm_caches

    warm_caches(store.open())


def _refresh_folder_stamps(store: IndexStore, corpus: Path, manifest: Manifest | None) -> None:
    """Nothing changed but a folder's mtime may have (a file touched and restored): remember it."""
    if manifest is None:
        return
    folders = corpus_folders(corpus)
    if folders != manifest.folders:
        folder = store.generation_dir()
        if folder is not None:
            manifest.folders = folders
            store.write_manifest(folder, manifest)


def _write(
    store: IndexStore,
    full: bool,
    plan: _Plan,
    manifest: Manifest,
    procs: int,
    progress: ProgressCallback | None,
    skip: Callable[[str, str], None],
) -> None:
    """Write the analysed jobs: into a new generation (full) or the live one (update)."""
    if full:
        folder, ix = store.new_generation()
    else:
        folder = store.generation_dir()  # type: ignore[assignment]
        ix = store.open()
    writer = ix.writer(limitmb=128)  # holds the lock; does the deletions, and the documents of small runs
    published = False
    try:
        for doc in plan.deletions:
            writer.delete_by_term("doc", doc)
        if plan.count >= _PARALLEL_THRESHOLD and procs > 1:
            commit_with_segments(writer, _write_in_workers(folder, plan, procs, manifest, progress, skip))
        else:
            for done, (job, rows, problem) in enumerate(map(_analyse_job, plan.jobs), start=1):
                for row in rows or ():
                    add_document(writer, row)
                _record(_outcome(job, problem if rows is None else None), manifest, skip)
                if progress:
                    progress(done, plan.count)
            commit(writer)
        writer = None
        if full:
            store.write_manifest(folder, manifest)
            store.publish(folder)
        published = True
    except OSError as error:
        raise write_failure(store.root, error) from error
    finally:
        if writer is not None:
            # A writer closed half-way by a failed commit cannot be cancelled: keep the first error.
            with contextlib.suppress(Exception):
                writer.cancel()
        if full and not published:
            import shutil

            shutil.rmtree(folder, ignore_errors=True)
        elif not published:
            with contextlib.suppress(Exception):  # tidying up only: the index itself is intact
                discard_unused_files(folder)


def _write_in_workers(
    folder: Path,
    plan: _Plan,
    procs: int,
    manifest: Manifest,
    progress: ProgressCallback | None,
    skip: Callable[[str, str], None],
) -> list[Any]:
    """Analyse and index in worker processes, each writing segments of its own; return them all."""
    sink = (str(folder), _SEGMENT_DOCS)
    workers = Workers(procs, _index_job, initializer=_start_segments, initargs=sink, finisher=_end_segments)
    with workers:
        for done, outcome in enumerate(workers.map(plan.jobs), start=1):
            _record(outcome, manifest, skip)
            if progress:
                progress(done, plan.count)
        return [segment for written in workers.finish() for segment in written]


@dataclass(frozen=True, slots=True)
class _Outcome:
    """What became of one job (all that travels back from a worker: its rows stay there)."""

    key: str
    stamp: str
    ident: str
    label: str  # how to name the source in a warning
    problem: str | None  # None: indexed


def _outcome(job: _Job, problem: str | None) -> _Outcome:
    label = job.source.path if job.source else job.key
    return _Outcome(job.key, job.stamp, job.ident, label, problem)


def _record(outcome: _Outcome, manifest: Manifest, skip: Callable[[str, str], None]) -> None:
    if outcome.problem is None:
        manifest.files[outcome.key] = [outcome.stamp, outcome.ident]
    else:
        skip(outcome.label, outcome.problem)
        # Remembered (with no document), so that an unchanged unreadable file is not retried by
        # every query.
        manifest.files[outcome.key] = [outcome.stamp, "", outcome.problem]


# -- in each worker process of a big run: analyse, and write the rows into segments of its own ------

_SEGMENT_DOCS = 60_000  # Whoosh documents per segment: a writer's memory grows with what it holds
_SEGMENT_LIMIT_MB = 32  # postings a worker's writer buffers before spilling them to disk


class _SegmentSink:
    """A worker's share of a big run: the segments it has written and the one it is writing."""

    def __init__(self, folder: Path, segment_documents: int) -> None:
        self.folder = folder
        self.segment_documents = segment_documents
        self.writer: Any = None
        self.documents = 0
        self.segments: list[Any] = []

    def add(self, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        if self.writer is None:
            self.writer = open_segment_writer(self.folder, _SEGMENT_LIMIT_MB)
        for row in rows:
            add_document(self.writer, row)
        self.documents += len(rows)
        if self.documents >= self.segment_documents:
            self.close_segment()

    def close_segment(self) -> None:
        if self.writer is not None and self.documents:
            self.segments.append(close_segment(self.writer))
        self.writer, self.documents = None, 0


_sink: _SegmentSink | None = None  # this worker's


def _start_segments(folder: str, segment_documents: int) -> None:
    global _sink
    _sink = _SegmentSink(Path(folder), segment_documents)


def _index_job(job: _Job) -> _Outcome:
    _, rows, problem = _analyse_job(job)
    if rows is not None:
        assert _sink is not None
        _sink.add(rows)
    return _outcome(job, problem if rows is None else None)


def _end_segments() -> list[Any]:
    if _sink is None:
        return []
    _sink.close_segment()
    return _sink.segments
