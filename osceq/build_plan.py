"""What an index run has to do: the corpus compared with the manifest, as jobs for the analysers."""

from __future__ import annotations

import hashlib
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from osceq import corpus as corpus_io
from osceq.analyze import analyze, stated_date_unread
from osceq.index import Manifest
from osceq.models import Document
from osceq.rows import article_rows

# The third field of a manifest entry of a document that states a date osceq cannot read.
UNREAD_DATE = "unread-date"


@dataclass(frozen=True, slots=True)
class Job:
    """One document to analyse: a text file to read, or a document already read (JSONL)."""

    key: str  # the manifest key: relative path, or "file.jsonl#id"
    stamp: str
    ident: str
    source: corpus_io.SourceFile | None = None
    document: Document | None = None


def analyse_job(job: Job) -> tuple[list[dict[str, Any]] | None, Outcome]:
    """Read (when needed) and analyse one document into index rows (None when it cannot be read),
    with what became of it; runs in worker processes."""
    try:
        document = job.document
        if document is None:
            assert job.source is not None
            document = corpus_io.read_text_file(job.source, job.ident)
        article = analyze(document)
        return article_rows(article), outcome(job, None, stated_date_unread(document, article))
    except (OSError, ValueError) as error:
        return None, outcome(job, str(error))
    except RecursionError:
        return None, outcome(job, "text too deeply nested to analyse")


@dataclass
class Plan:
    """What an index run has to do: documents to analyse, entries kept, documents to delete."""

    jobs: Iterator[Job]  # handed out once; never the whole corpus read at once
    count: int  # how many jobs
    keep: dict[str, list[str]]  # manifest entries that stay as they are
    deletions: list[str]  # document ids to delete
    removed: int  # sources gone from the corpus
    # a JSON Lines record's place in its file, by manifest key (a file's place is its relative path)
    order: dict[str, int] = field(default_factory=dict)

    def first(self, keys: list[str]) -> str:
        """The key among `keys` that comes first in the corpus."""
        return min(keys, key=lambda key: (self.order.get(key, 0), key))


def plan_run(corpus: Path, manifest: Manifest | None, on_skip: corpus_io.SkipReporter | None) -> Plan:
    """Compare the corpus with the manifest (None: index everything)."""
    old = manifest.files if manifest else {}
    if corpus.is_file() and corpus_io.is_jsonl(corpus):
        return _jsonl_plan(corpus, old, on_skip)
    sources = corpus_io.scan(corpus, on_skip)
    taken = {entry[1] for entry in old.values() if entry[1]}
    keep: dict[str, list[str]] = {}
    jobs: list[Job] = []
    deletions: list[str] = []
    for source in sources:
        entry = old.get(source.relative)
        if entry and entry[0] == source.stamp:
            keep[source.relative] = entry
            continue
        if entry and entry[1]:
            deletions.append(entry[1])
        ident = entry[1] if entry and entry[1] else corpus_io.document_id(source.relative, taken)
        jobs.append(Job(source.relative, source.stamp, ident, source=source))
    current = {source.relative for source in sources}
    gone = [entry for key, entry in old.items() if key not in current]
    deletions.extend(entry[1] for entry in gone if entry[1])
    return Plan(_drained(jobs), len(jobs), keep, deletions, len(gone))


def _drained(jobs: list[Job]) -> Iterator[Job]:
    """Hand out the jobs, letting go of each: a huge run's job list shrinks as its manifest grows."""
    queue = deque(jobs)
    jobs.clear()
    while queue:
        yield queue.popleft()


def _record_digest(document: Document) -> str:
    fields = [document.text, document.title or "", document.date or "", document.source or ""]
    return hashlib.sha1("\x1f".join(fields).encode("utf-8", "surrogatepass")).hexdigest()


def _jsonl_plan(corpus: Path, old: dict[str, list[str]], on_skip: corpus_io.SkipReporter | None) -> Plan:
    """Two passes over the file: digests first, then the changed records streamed to the workers."""
    keep: dict[str, list[str]] = {}
    changed: dict[str, str] = {}
    order: dict[str, int] = {}
    for document in corpus_io.read_jsonl(str(corpus), on_skip):
        key, digest = f"#{document.id}", _record_digest(document)
        order[key] = len(order)
        entry = old.get(key)
        if entry and entry[0] == digest:
            keep[key] = entry
        else:
            changed[key] = digest
    gone = [entry for key, entry in old.items() if key not in keep and key not in changed]
    deletions = [entry[1] for key, entry in old.items() if key not in keep and entry[1]]

    def stream() -> Iterator[Job]:
        for document in corpus_io.read_jsonl(str(corpus)):
            key = f"#{document.id}"
            if key in changed:
                yield Job(key, changed[key], document.id, document=document)

    return Plan(stream(), len(changed), keep, deletions, len(gone), order)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one job (all that travels back from a worker: its rows stay there)."""

    key: str
    stamp: str
    ident: str
    label: str  # how to name the source in a warning
    problem: str | None  # None: indexed
    date_unread: bool = False  # it states a date osceq cannot read


def outcome(job: Job, problem: str | None, date_unread: bool = False) -> Outcome:
    label = job.source.path if job.source else job.key
    return Outcome(job.key, job.stamp, job.ident, label, problem, date_unread)
