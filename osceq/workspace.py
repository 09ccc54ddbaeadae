"""Which corpus and which index a command works on, and making sure the index is ready for it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from osceq import paths
from osceq.errors import IndexProblem, OsceqError

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
    bundled = corpus is None
    if corpus is None:
        corpus = paths.bundled_corpus().resolve()
    if not corpus.exists():
        raise OsceqError(f"corpus not found: {corpus}", "give a folder of .txt/.md files or a .jsonl file")
    if not (corpus.is_dir() or corpus.is_file()):
        raise OsceqError(f"not a folder or a file: {corpus}")
    return Workspace(corpus, index_root or paths.default_index_for(corpus), bundled)


def _corpus_of_index(index_root: Path) -> Path | None:
    """The corpus an existing index was built from, so `--index DIR` alone is enough to query it."""
    from osceq.index import IndexStore

    manifest = IndexStore(index_root).manifest(with_files=False)
    return Path(manifest.corpus) if manifest and manifest.corpus else None


def open_ready(
    workspace: Workspace,
    *,
    progress: Callable[[int, int], None] | None = None,
    notify: Notify | None = None,
    refresh: bool = True,
) -> Any:
    """Open the workspace's index for reading, building or refreshing it first when it is stale."""
    from osceq.index import IndexStore
    from osceq.staleness import is_stale

    store = IndexStore(workspace.index_root)
    manifest = store.manifest(with_files=False)
    if manifest is not None and manifest.corpus and manifest.corpus != str(workspace.corpus):
        raise IndexProblem(
            f"the index at {workspace.index_root} belongs to another corpus ({manifest.corpus})",
            "use another --index DIR, or rebuild it: osceq index PATH --index DIR --rebuild",
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
            refresh_index(workspace.corpus, store, progress=progress, on_skip=_skip_notifier(notify))
        except IndexProblem as problem:
            # Another process is writing: answer from the index as it is, when there is one.
            if manifest is None or "being updated" not in problem.message:
                raise
            if notify:
                notify(f"{problem.message}; answering from the index as it was")
    return store.open()


def _skip_notifier(notify: Notify | None) -> Callable[[str, str], None] | None:
    if notify is None:
        return None
    from osceq.errors import skip_warning

    callback = notify
    return lambda path, reason: callback(skip_warning(path, reason))
