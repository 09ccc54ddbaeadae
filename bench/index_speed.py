"""Index speed and memory: `osceq index` with full extraction against a bare Whoosh build of the same text.

    python bench/index_speed.py /work/shared/data/news/reuters21578 [--copies 10] [--skip-bare]

Prints the bare multisegment Whoosh build (title, date, body; no extraction) and `osceq index` (whole
process, cold), each built --repeat times (default 3) in turns, bare then osceq, with every run's
figures, the medians and their ratio; then a re-run on the unchanged corpus; adding 200 new files; and,
with --copies N, the peak memory of indexing N copies of the corpus. Timings are wall-clock seconds,
and for the two builds also CPU seconds (user + system of the whole process tree). On a shared 2-core
machine a single run's ratio moves by about a tenth between identical runs; builds in turns and their
medians are what the README reports. Memory is the peak proportional set size (PSS) of the indexing
process and all its workers together, sampled every 0.2 s, and the peak resident size of the largest.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def children_cpu() -> float:
    """CPU seconds (user + system) of every finished child process and their own children."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def bare_build(corpus: Path, folder: Path, procs: int) -> float:
    """A plain Whoosh index of title, date and body, the way WHOOSH.md measured it."""
    code = f"""
import os, sys, datetime
from whoosh import index
from whoosh.fields import Schema, TEXT, DATETIME, ID
from whoosh.filedb.filestore import FileStorage
schema = Schema(path=ID(stored=True), title=TEXT(stored=True), date=DATETIME(stored=True), body=TEXT)
ix = FileStorage({str(folder)!r}).create_index(schema)
w = ix.writer(procs={procs}, multisegment=True, limitmb=128) if {procs} > 1 else ix.writer(limitmb=128)
for name in sorted(os.listdir({str(corpus)!r})):
    with open(os.path.join({str(corpus)!r}, name), encoding="utf-8", errors="replace") as f:
        title = f.readline().strip()
        line = f.readline()
        rest = f.read()
    try:
        when = datetime.datetime.strptime(line.split(":", 1)[1].strip(), "%Y-%m-%d %H:%M:%S")
    except (IndexError, ValueError):
        when = None
    fields = dict(path=name, title=title, body=rest)
    if when:
        fields["date"] = when
    w.add_document(**fields)
w.commit()
"""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - started


def osceq(*args: str, env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "osceq", *args], check=True, env=env, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def _pss_mb(pid: int) -> float:
    """Proportional set size: pages shared between forked processes count once across them all."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _tree_memory_mb(root: int) -> float:
    """Memory of a process and all its descendants (Linux /proc), in MB of PSS."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii") as handle:
                parent = int(handle.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(parent, []).append(int(entry))
    total, stack = 0.0, [root]
    while stack:
        pid = stack.pop()
        total += _pss_mb(pid)
        stack.extend(children.get(pid, []))
    return total


def osceq_with_memory(*args: str, env: dict[str, str]) -> tuple[float, float]:
    """Run osceq, sampling the summed memory of its process tree; (seconds, peak MB)."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "osceq", *args], env=env, stderr=subprocess.DEVNULL)
    peak = 0.0
    while process.poll() is None:
        peak = max(peak, _tree_memory_mb(process.pid))
        time.sleep(0.2)
    if process.returncode:
        raise SystemExit(f"osceq exited with {process.returncode}")
    return time.perf_counter() - started, peak


def timed(run: Callable[[], object]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the children it ran) of one build."""
    cpu_before, started = children_cpu(), time.perf_counter()
    run()
    return time.perf_counter() - started, children_cpu() - cpu_before


def medians(runs: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def described(run: tuple[float, float]) -> str:
    return f"{run[0]:6.1f} s  (CPU {run[1]:.1f} s)"


def children_peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--copies", type=int, default=0, help="also index this many copies (memory check)")
    parser.add_argument("--skip-bare", action="store_true")
    parser.add_argument("--repeat", type=int, default=3, help="build each index this many times (medians)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="osceq-bench-"))
    env = {**os.environ, "OSCEQ_CACHE_DIR": str(work / "cache")}
    try:
        files = len(os.listdir(args.corpus))
        print(f"corpus: {args.corpus} ({files} files), {os.cpu_count()} cores")
        index_args = ("index", str(args.corpus), "--index", str(work / "index"))
        bare_runs: list[tuple[float, float]] = []
        full_runs: list[tuple[float, float]] = []
        for turn in range(1, args.repeat + 1):
            if not args.skip_bare:
                shutil.rmtree(work / "bare", ignore_errors=True)
                (work / "bare").mkdir()
                bare_runs.append(timed(lambda: bare_build(args.corpus, work / "bare", 2)))
                print(f"run {turn}: bare Whoosh build, procs=2 multisegment: {described(bare_runs[-1])}")
            shutil.rmtree(work / "index", ignore_errors=True)
            full_runs.append(timed(lambda: osceq(*index_args, env=env)))
            print(f"run {turn}: osceq index, full extraction:           {described(full_runs[-1])}")
        full, full_cpu = medians(full_runs)
        if bare_runs:
            print(f"median bare Whoosh build:  {described(medians(bare_runs))}")
        print(f"median osceq index:        {described((full, full_cpu))}  {files / full:,.0f} articles/s")
        if bare_runs:
            bare, bare_cpu = medians(bare_runs)
            print(f"ratio of the medians osceq / bare: {full / bare:5.2f}  (CPU {full_cpu / bare_cpu:.2f})")
            each = ", ".join(f"{f[0] / b[0]:.2f}" for b, f in zip(bare_runs, full_runs, strict=True))
            print(f"  ratio in each turn: {each}")
        again = osceq(*index_args, env=env)
        print(f"re-run, corpus unchanged:                {again:6.2f} s")
        # 200 new files: a copy of the corpus plus 200 more, indexed incrementally.
        grown = work / "grown"
        shutil.copytree(args.corpus, grown)
        osceq("index", str(grown), "--index", str(work / "grown-index"), env=env)
        for number, name in enumerate(sorted(os.listdir(args.corpus))[:200]):
            shutil.copy(args.corpus / name, grown / f"new-{number:03d}.txt")
        added = osceq("index", str(grown), "--index", str(work / "grown-index"), env=env)
        print(f"adding 200 files to the index:           {added:6.2f} s")
        if args.copies:
            copies = work / "copies"
            for number in range(args.copies):
                shutil.copytree(args.corpus, copies / f"copy{number:02d}", copy_function=os.link)
            took, tree_peak = osceq_with_memory(
                "index", str(copies), "--index", str(work / "copies-index"), env=env
            )
            largest = children_peak_mb()
            print(f"{args.copies} copies ({files * args.copies} files): {took:6.1f} s")
            print(f"  peak memory: all processes {tree_peak:.0f} MB (PSS), largest {largest:.0f} MB (RSS)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
