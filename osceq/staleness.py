"""Whether an index is behind its corpus: cheap enough to run before every query."""

from __future__ import annotations

import os
from pathlib import Path

from osceq import corpus as corpus_io
from osceq.index import SCHEMA_VERSION, Manifest

# Up to this many files a query stats every file to notice edits; above it, it checks the folders'
# modification times (which catch added, removed and renamed files) and leaves edits in place to
# `osceq index`, so that a query on a huge archive stays fast.
FULL_CHECK_LIMIT = 5000


def _folder_stamps(root: Path) -> dict[str, int]:
    if not root.is_dir():
        return {}
    stamps = {}
    for folder, _dirs, _files in os.walk(root, followlinks=False):
        if any(part.startswith(".") for part in Path(folder).relative_to(root).parts):
            continue
        try:
            stamps[folder] = os.stat(folder).st_mtime_ns
        except OSError:
            continue
    return stamps


def is_stale(corpus: Path, manifest: Manifest) -> bool:
    """Whether the corpus changed since the manifest was written (cheaply, see FULL_CHECK_LIMIT)."""
    if manifest.schema != SCHEMA_VERSION or manifest.corpus != str(corpus):
        return True
    if corpus.is_file() or len(manifest.files) > FULL_CHECK_LIMIT:
        return corpus_folders(corpus) != manifest.folders
    current = {source.relative: source.stamp for source in corpus_io.scan(corpus)}
    indexed = {key: entry[0] for key, entry in manifest.files.items()}
    return current != indexed


def corpus_folders(corpus: Path) -> dict[str, int]:
    """Modification times of the corpus file, or of every folder of the corpus."""
    if corpus.is_file():
        try:
            return {str(corpus): corpus.stat().st_mtime_ns}
        except OSError:
            return {}
    return _folder_stamps(corpus)
