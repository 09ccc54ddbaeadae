"""Whether an index is behind its corpus: cheap enough to run before every query."""

from __future__ import annotations

import os
from pathlib import Path

from osceq.index import IndexStore, Manifest

# Up to this many files a query stats every file to notice edits; above it, it checks the folders'
# modification times (which catch added, removed and renamed files) and leaves edits in place to
# `osceq index`, so that a query on a huge archive stays fast.
FULL_CHECK_LIMIT = 5000


def _folder_stamps(root: Path) -> dict[str, int]:
    if not root.is_dir():
        return {}
    from osceq.corpus import is_osceq_folder, is_utf8_name, own_folders

    own = own_folders()
    stamps = {}
    for folder, dirs, files in os.walk(root, followlinks=False):
        if any(part.startswith(".") for part in Path(folder).relative_to(root).parts):
            continue
        try:
            stat = os.stat(folder)
        except OSError:
            continue
        key = (stat.st_dev, stat.st_ino)
        if folder != str(root) and is_osceq_folder(folder, {*dirs, *files}, key, own):
            dirs[:] = []  # an index inside the corpus changes with every update: not the corpus's
            continue
        dirs[:] = [name for name in dirs if is_utf8_name(name)]  # skipped by the scan as well
        stamps[folder] = stat.st_mtime_ns
    return stamps


def _folders_moved(recorded: dict[str, int]) -> bool:
    """Whether any recorded folder changed: a new subfolder changes its parent's time too."""
    for folder, mtime in recorded.items():
        try:
            if os.stat(folder).st_mtime_ns != mtime:
                return True
        except OSError:
            return True
    return False


def is_stale(corpus: Path, store: IndexStore, manifest: Manifest) -> bool:
    """Whether the corpus changed since the index was written (cheaply, see FULL_CHECK_LIMIT).

    `manifest` may come without its file table; it is read only for the full check.
    """
    if not manifest.is_current() or manifest.corpus != str(corpus):
        return True
    if corpus.is_file() or manifest.count > FULL_CHECK_LIMIT:
        return not manifest.folders or _folders_moved(manifest.folders)
    full = store.manifest(with_files=True)
    if full is None:
        return True
    from osceq.corpus import scan  # only small corpora get here: a big one is never walked per query

    current = {source.relative: source.stamp for source in scan(corpus)}
    indexed = {key: entry[0] for key, entry in full.files.items()}
    return current != indexed


def corpus_folders(corpus: Path) -> dict[str, int]:
    """Modification times of the corpus file, or of every folder of the corpus."""
    if corpus.is_file():
        try:
            return {str(corpus): corpus.stat().st_mtime_ns}
        except OSError:
            return {}
    return _folder_stamps(corpus)
