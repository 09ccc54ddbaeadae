"""`osceq extract`: the extractors' findings for documents given as files or JSON Lines, without indexing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from osceq import corpus as corpus_io
from osceq.analyze import extract_record
from osceq.models import Document


def _documents(
    files: tuple[Path, ...], jsonl_in: Path | None, stdin: IO[str], on_skip: corpus_io.SkipReporter
) -> Iterator[Document]:
    for path in files:
        if corpus_io.is_jsonl(path):
            yield from _read_jsonl_path(path, on_skip)
            continue
        try:
            sources = corpus_io.scan(path, on_skip)
        except corpus_io.CorpusError as error:
            on_skip(str(path), error.message)
            continue
        taken: set[str] = set()
        for source in sources:
            try:
                yield corpus_io.read_text_file(source, corpus_io.document_id(source.relative, taken))
            except (OSError, ValueError) as error:
                on_skip(source.path, str(error))
    if jsonl_in is not None:
        if str(jsonl_in) == "-":
            yield from _read_jsonl_lines(stdin, "<stdin>", on_skip)
        else:
            yield from _read_jsonl_path(jsonl_in, on_skip)


def _read_jsonl_path(path: Path, on_skip: corpus_io.SkipReporter) -> Iterator[Document]:
    try:
        yield from corpus_io.read_jsonl(str(path), on_skip)
    except OSError as error:
        on_skip(str(path), error.strerror or str(error))


def _read_jsonl_lines(stream: IO[str], name: str, on_skip: corpus_io.SkipReporter) -> Iterator[Document]:
    for line_number, line in enumerate(stream, start=1):
        if line_number == 1:
            line = line.removeprefix("\ufeff")  # a UTF-8 BOM, as a file given by path may have
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("not a JSON object")
            yield corpus_io.document_from_record(record, name, line_number)
        except ValueError as error:
            on_skip(f"{name}:{line_number}", str(error))


def extract_lines(
    files: tuple[Path, ...], jsonl_in: Path | None, stdin: IO[str], *, on_skip: corpus_io.SkipReporter
) -> Iterator[str]:
    """One JSON line per document: what the extractors found, with offsets into its text."""
    for document in _documents(files, jsonl_in, stdin, on_skip):
        record = extract_record(document)
        if corpus_io.is_html(document.path):
            record["text"] = document.text  # the page's article text, which the offsets point into
        yield json.dumps(record, ensure_ascii=False)
