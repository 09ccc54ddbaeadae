"""A big index run: documents analysed and indexed in worker processes, each writing segments of its own."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from osceq.build_plan import Job, Outcome, Plan, analyse_job
from osceq.whoosh_segments import close_segment, open_segment_writer
from osceq.whoosh_writes import add_document
from osceq.workers import Workers

ProgressCallback = Callable[[int, int], None]  # (documents done, documents to do)
Recorder = Callable[[Outcome], None]  # notes what became of a job in the manifest


def write_in_workers(
    folder: Path, plan: Plan, procs: int, record: Recorder, progress: ProgressCallback | None
) -> list[Any]:
    """Analyse and index in worker processes, each writing segments of its own; return them all."""
    sink = (str(folder), SEGMENT_DOCS)
    workers = Workers(procs, _index_job, initializer=_start_segments, initargs=sink, finisher=_end_segments)
    with workers:
        for done, finished in enumerate(workers.map(plan.jobs), start=1):
            record(finished)
            if progress:
                progress(done, plan.count)
        return [segment for written in workers.finish() for segment in written]


# -- in each worker process of a big run: analyse, and write the rows into segments of its own ------

SEGMENT_DOCS = 60_000  # Whoosh documents per segment: a writer's memory grows with what it holds
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


def _index_job(job: Job) -> Outcome:
    rows, finished = analyse_job(job)
    if rows is not None:
        assert _sink is not None
        _sink.add(rows)
    return finished


def _end_segments() -> list[Any]:
    if _sink is None:
        return []
    _sink.close_segment()
    return _sink.segments
