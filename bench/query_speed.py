"""Whole-process query times: each subcommand as a shell one-liner runs it, next to `python -c pass`.

    python bench/query_speed.py [CORPUS ...] [--runs 9]

With no CORPUS, measures the bundled corpus only; pass e.g. /work/shared/data/news/reuters21578 for
the 19,000-article index. Each corpus is indexed first (not timed), then every query is run --runs
times as a fresh process (cold start, output to a pipe); the report gives the median wall time, the
difference from the bare interpreter measured in the same run (wall and CPU time), and the peak
memory of one query.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple


class Run(NamedTuple):
    seconds: float  # wall clock
    cpu: float  # user + system seconds: steadier than wall time when other work shares the machine
    memory: float  # peak resident MB
    code: int


def timed(command: list[str], env: dict[str, str]) -> Run:
    """One run of a command as a fresh process."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    cpu = usage.ru_utime + usage.ru_stime
    return Run(elapsed, cpu, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status))


def median_run(command: list[str], env: dict[str, str], runs: int) -> Run:
    results = [timed(command, env) for _ in range(runs)]
    return Run(
        statistics.median(r.seconds for r in results),
        statistics.median(r.cpu for r in results),
        max(r.memory for r in results),
        results[-1].code,
    )


def osceq_command() -> list[str]:
    script = shutil.which("osceq", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "osceq"]


def top_speaker_and_phrase(
    osceq: list[str], corpus_args: list[str], env: dict[str, str]
) -> tuple[str, str, str]:
    """A speaker, a phrase and a year from the index itself, so every query has something to find."""

    def answer(*args: str) -> list[dict[str, str]]:
        done = subprocess.run(
            [*osceq, *args, *corpus_args, "--json"], env=env, capture_output=True, text=True
        )
        return list(json.loads(done.stdout))

    speaker = answer("speakers", "-n", "1")[0]["speaker"]
    quotes = answer("quotes", "--speaker", speaker, "-n", "1")
    words = quotes[0]["text"].split()
    return speaker, " ".join(words[1:6]), (quotes[0].get("date") or "2000")[:4]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpora", nargs="*", type=Path)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="osceq-query-bench-"))
    env = {**os.environ, "OSCEQ_CACHE_DIR": str(work)}
    env.pop("OSCEQ_CORPUS", None)
    env.pop("OSCEQ_INDEX", None)
    osceq = osceq_command()
    try:
        bare = median_run([sys.executable, "-c", "pass"], env, args.runs)
        print(
            f"python -c pass: {bare.seconds * 1000:6.0f} ms  (CPU {bare.cpu * 1000:4.0f} ms)  "
            f"{bare.memory:5.0f} MB   (medians of {args.runs})"
        )
        for corpus in args.corpora or [None]:
            corpus_args = ["--corpus", str(corpus)] if corpus else []
            subprocess.run(
                [*osceq, "index", *([str(corpus)] if corpus else [])],
                env=env,
                check=True,
                stderr=subprocess.DEVNULL,
            )
            speaker, phrase, year = top_speaker_and_phrase(osceq, corpus_args, env)
            print(f"\n{corpus or 'bundled corpus'}  (speaker: {speaker!r}, phrase: {phrase!r})")
            queries = {
                "search": ["search", "security cooperation"],
                "search --since": ["search", "security", "--since", year],
                "quotes --speaker": ["quotes", "--speaker", speaker],
                "quotes QUERY": ["quotes", max(phrase.split(), key=len)],
                "timeline": ["timeline"],
                "timeline --since/--until": ["timeline", "--since", year, "--until", year],
                "timeline --by month": ["timeline", "--by", "month"],
                "who-said": ["who-said", phrase],
                "speakers": ["speakers"],
                "completion of --speaker": [],
            }
            for label, query in queries.items():
                if label.startswith("completion"):
                    comp_env = {
                        **env,
                        "_OSCEQ_COMPLETE": "bash_complete",
                        "COMP_WORDS": f"osceq quotes {' '.join(corpus_args)} --speaker {speaker[:3]}",
                        "COMP_CWORD": str(3 + len(corpus_args)),
                    }
                    run = median_run(osceq, comp_env, args.runs)
                else:
                    run = median_run([*osceq, *query, *corpus_args, "--json"], env, args.runs)
                extra, extra_cpu = run.seconds - bare.seconds, run.cpu - bare.cpu
                print(
                    f"  {label:26} {run.seconds * 1000:6.0f} ms  (+{extra * 1000:4.0f} ms"
                    f" over python; CPU +{extra_cpu * 1000:4.0f} ms)"
                    f"  {run.memory:5.0f} MB  exit {run.code}"
                )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
