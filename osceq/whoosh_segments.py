"""Whoosh segments and commits of an index run: segments written by worker processes, and the merge
policies that keep emptied and mostly deleted segments from being read by every query."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage

# -- segments written in worker processes ---------------------------------------------------------
# A big run analyses and indexes in the same worker processes: each writes whole segments of its own
# (no documents travel between processes), and the parent, which holds the lock, commits them. This
# is what Whoosh's multisegment MpWriter does inside, without its hop through the parent.


def open_segment_writer(folder: Path, limitmb: int) -> Any:
    """A writer for new segments of the index in `folder`, for a worker (the parent holds the lock)."""
    from whoosh.writing import SegmentWriter

    return SegmentWriter(FileStorage(str(folder)).open_index(), _lk=False, limitmb=limitmb)


def close_segment(writer: Any) -> Any:
    """Write out a worker's segment; the segment returned goes into the parent's commit."""
    return writer._finalize_segment()


def live_segments(writer: Any, segments: list[Any]) -> list[Any]:
    """A Whoosh merge policy: keep the segments that are mostly live, as they are.

    A segment whose documents were all deleted (an update that replaced every article it held) is
    dropped from the commit, and Whoosh deletes its files once the new TOC is written; kept, it would
    be read by every query and take its space forever. A segment with more deleted documents than
    live ones has its live documents copied into the writer's new segment, so deleted documents never
    take more than half of a segment's space, and no update rewrites a mostly live segment.
    """
    from whoosh.reading import SegmentReader

    kept = []
    for segment in segments:
        if segment.doc_count() == 0:
            continue
        if 2 * segment.deleted_count() > segment.doc_count_all():
            reader = SegmentReader(writer.storage, writer.schema, segment)
            try:
                writer.add_reader(reader)
            finally:
                reader.close()
        else:
            kept.append(segment)
    return kept


def merge_small_live_segments(writer: Any, segments: list[Any]) -> list[Any]:
    """Whoosh's own policy for a small commit (merge the small segments), without the emptied ones."""
    from whoosh.writing import MERGE_SMALL

    return list(MERGE_SMALL(writer, live_segments(writer, segments)))


def commit(writer: Any) -> None:
    """Commit a writer's own documents and deletions (a small update), dropping emptied segments."""
    writer.commit(mergetype=merge_small_live_segments)


def commit_with_segments(writer: Any, segments: list[Any]) -> None:
    """Commit the parent's writer (its deletions, and any documents of its own) with workers' segments.

    The existing segments that still hold documents are kept as they are (no merge: merging would
    rewrite the whole index); those whose documents were all deleted are dropped.
    """
    final = writer._merge_segments(live_segments, False, False) + segments
    if writer._added:
        final.append(writer._finalize_segment())
    else:
        writer._close_segment()
    writer._commit_toc(final)
    writer._finish()


def discard_unused_files(folder: Path) -> None:
    """Delete segment files that no commit refers to (left by the workers of an interrupted update).

    The next commit would delete them too; this keeps an interrupted run from leaving them until then.
    """
    storage = FileStorage(str(folder))
    toc = whoosh_index.TOC.read(storage, "MAIN")
    whoosh_index.clean_files(storage, "MAIN", toc.generation, toc.segments)
