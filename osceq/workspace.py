"""Which corpus and which index a command works on, and making sure the index is ready for it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from osceq import paths
from osceq.errors import IndexProblem, IndexUnwritable, OsceqError

if TYPE_CHECKING:
    from osceq.build import BuildReport

Notify = Callable[[str], None]  # a one-line note for the user (stderr)


@dataclass(frozen=True)
class Workspace:
    """A corpus and the folder of its index."""

    corpus: Path
    index_root: Path
    bundled: bool  # the corpus is the one shipped with osceq


def resolve(corpus_option: str | None, index_option: str | None) -> Workspace:
    """Pick the corpus (flag, env, the index's own, bundled) and its index folder (flag, env, cache)."""
    corpus = paths.corpus_path(corpus_option)
    index_root = paths.index_path(index_option)
    if corpus is None and index_root is not None:
        corpus = _corpus_of_index(index_root)
        if corpus is None:
            _refuse_unfinished(index_root)
    bundled = corpus is None
    if corpus is None:
        corpus = paths.bundled_corpus().resolve()
    if not corpus.exists():
        from osceq.corpus import CORPUS_HINT

        raise OsceqError(f"corpus not found: {corpus}", CORPUS_HINT)
    if not (corpus.is_dir() or corpus.is_file()):
        raise OsceqError(f"not a folder or a file: {corpus}")
    return Workspace(corpus, index_root or paths.default_index_for(corpus), bundled)


def _corpus_of_index(index_root: Path) -> Path | None:
    """The corpus an existing index was built from, so `--index DIR` alone is enough to query it."""
    from osceq.index import IndexStore

    manifest = IndexStore(index_root).manifest(with_files=False)
    return Path(manifest.corpus) if manifest and manifest.corpus else None


def _refuse_unfinished(index_root: Path) -> None:
    """An index folder that holds something but no finished index (a first build that was cut off,
    or is still running) does not say which corpus it is for: refuse it rather than fill it with the
    bundled corpus. An empty or missing folder is simply new."""
    from osceq.index import IndexStore

    try:
        holds_something = index_root.is_dir() and any(index_root.iterdir())
    except OSError:
        holds_something = True
    if not holds_something:
        return
    holder = IndexStore(index_root).lock_holder()
    if holder:
        raise IndexProblem(
            f"the index at {index_root} is being built by {holder}", "wait for it to finish, then try again"
        )
    raise IndexProblem(f"{index_root} holds no finished index", f"run: osceq index PATH --index {index_root}")


def open_ready(
    workspace: Workspace,
    *,
    progress: Callable[[int, int], None] | None = None,
    notify: Notify | None = None,
    refresh: bool = True,
) -> Any:
    """Open the workspace's index for reading, building or refreshing it first when it is stale."""
    from osceq.index import IndexStore, another_corpus
    from osceq.staleness import is_stale

    store = IndexStore(workspace.index_root)
    manifest = store.manifest(with_files=False)
    if manifest is not None and manifest.corpus and manifest.corpus != str(workspace.corpus):
        raise another_corpus(workspace.index_root, manifest.corpus)
    if manifest is None:
        holder = store.lock_holder()
        if holder:  # a first build is running: there is nothing to answer from yet
            raise IndexProblem(
                f"the index at {workspace.index_root} is being built by {holder}",
                "wait for it to finish, then try again",
            )
    stale = manifest is None or (refresh and is_stale(workspace.corpus, store, manifest))
    if stale:
        if notify:
            if manifest is None:
                notify(f"indexing {workspace.corpus} (first use; later queries reuse the index)")
            elif not manifest.is_current():
                notify("the index was built by another version of osceq; rebuilding it")
            else:
                notify("the corpus changed; updating the index")
        from osceq.build import refresh as refresh_index

        try:
            report = refresh_index(workspace.corpus, store, progress=progress, on_skip=_skip_notifier(notify))
            if notify:
                for note in build_notes(report, workspace.corpus):
                    notify(note)
        except IndexUnwritable as problem:
            # Another process is writing, or the index is read-only: answer from it as it is, if
            # there is one this osceq can read (another version's records may mean something else).
            if manifest is None or not manifest.is_current():
                raise
            if notify:
                notify(f"{problem.message}; answering from the index as it was")
    return store.open()


def build_notes(report: BuildReport, corpus: Path) -> list[str]:
    """What an index run found worth saying besides its summary: damage it repaired, and documents
    whose stated dates could not be read."""
    from osceq.corpus import is_jsonl
    from osceq.errors import rebuilt_damaged_note, unread_dates_warning

    notes = [rebuilt_damaged_note(report.damage)] if report.damage else []
    if report.first_unread_date:
        count, first = report.unread_dates, report.first_unread_date
        notes.append(unread_dates_warning(str(corpus), count, first, is_jsonl(corpus)))
    return notes


def _skip_notifier(notify: Notify | None) -> Callable[[str, str], None] | None:
    if notify is None:
        return None
    from osceq.errors import skip_warning

    callback = notify
    return lambda path, reason: callback(skip_warning(path, reason))
