"""Building and refreshing an index from a corpus: find what changed, analyse it, write it."""

from __future__ import annotations

import contextlib
import functools
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from osceq import corpus as corpus_io
from osceq.build_plan import UNREAD_DATE, Outcome, Plan, analyse_job, plan_run
from osceq.build_workers import ProgressCallback, write_in_workers
from osceq.index import (
    SCHEMA_VERSION,
    IndexStore,
    Manifest,
    another_corpus,
    write_failure,
)
from osceq.staleness import corpus_folders
from osceq.whoosh_damage import find_damage
from osceq.whoosh_segments import commit, commit_with_segments, discard_unused_files
from osceq.whoosh_writes import add_document

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
    unread_dates: int = 0  # documents indexed whose stated date could not be read
    first_unread_date: str | None = None  # the first of them in the corpus

    @property
    def changed(self) -> bool:
        return self.rebuilt or bool(self.added or self.updated or self.removed)


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
        plan = plan_run(corpus, None if full else manifest, skip)
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
            _count_unread_dates(report, corpus, plan, plan.keep)
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
        _count_unread_dates(report, corpus, plan, new_manifest.files)
        _warm_speaker_cache(store)
    report.seconds = time.perf_counter() - started
    return report


def _count_unread_dates(report: BuildReport, corpus: Path, plan: Plan, files: dict[str, list[str]]) -> None:
    unread = [key for key, entry in files.items() if entry[1] and entry[2:] == [UNREAD_DATE]]
    if unread:
        report.unread_dates = len(unread)
        report.first_unread_date = _source_label(corpus, plan.first(unread))


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
    plan: Plan,
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
            record = functools.partial(_record, manifest=manifest, skip=skip)
            commit_with_segments(writer, write_in_workers(folder, plan, procs, record, progress))
        else:
            for done, (rows, finished) in enumerate(map(analyse_job, plan.jobs), start=1):
                for row in rows or ():
                    add_document(writer, row)
                _record(finished, manifest, skip)
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


def _record(finished: Outcome, manifest: Manifest, skip: Callable[[str, str], None]) -> None:
    if finished.problem is None:
        manifest.files[finished.key] = [finished.stamp, finished.ident]
        if finished.date_unread:  # said again by later runs, as skipped files are
            manifest.files[finished.key].append(UNREAD_DATE)
    else:
        skip(finished.label, finished.problem)
        # Remembered (with no document), so that an unchanged unreadable file is not retried by
        # every query.
        manifest.files[finished.key] = [finished.stamp, "", finished.problem]
