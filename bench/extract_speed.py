"""Extraction speed: articles per second per core for the whole pipeline and for each extractor.

    python bench/extract_speed.py /work/shared/data/news/reuters21578 [--limit 5000] [--repeat 3]

Reads the files first (not timed), then times, on one core (CPU time, best of --repeat runs):
layout (metadata and paragraph roles), quotes, dates, and the whole `analyze` pipeline.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from osceq import corpus as corpus_io
from osceq.analyze import analyze
from osceq.extract import dates, layout, quotes
from osceq.models import Document


def best_cpu_seconds(work: Callable[[], object], repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        started = time.process_time()
        work()
        timings.append(time.process_time() - started)
    return min(timings)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    documents: list[Document] = list(corpus_io.read_documents(args.corpus))[: args.limit]
    texts = [d.text for d in documents]
    blocks = [layout.segment(t) for t in texts]
    anchors = [
        dates.article_date(t, b, layout.read_metadata(t).fields) for t, b in zip(texts, blocks, strict=True)
    ]
    count = len(documents)
    size = sum(len(t) for t in texts) / count
    print(f"{count} articles from {args.corpus} (average {size:,.0f} characters), best of {args.repeat}")
    stages: dict[str, Callable[[], object]] = {
        "layout": lambda: [layout.segment(t, layout.read_metadata(t)) for t in texts],
        "quotes": lambda: [quotes.extract_quotes(t, b) for t, b in zip(texts, blocks, strict=True)],
        "dates": lambda: [
            dates.extract_timexes(t, a, b) for t, a, b in zip(texts, anchors, blocks, strict=True)
        ],
        "whole pipeline (analyze)": lambda: [analyze(d) for d in documents],
    }
    for name, work in stages.items():
        seconds = best_cpu_seconds(work, args.repeat)
        print(f"  {name:26} {seconds / count * 1000:6.3f} ms/article {count / seconds:7,.0f} articles/s/core")
    return 0


if __name__ == "__main__":
    sys.exit(main())
