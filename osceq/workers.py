"""Worker processes for the indexer: an ordered parallel map that can always be torn down.

multiprocessing.Pool is not used on purpose: its terminate() joins helper threads that can wait
forever on a queue lock when Ctrl-C lands at the wrong moment (seen here: one interrupted index run
in about twenty hung). These workers have no helper threads and no shared locks: each has its own
pipe, the parent waits on whichever answers first, and tearing down is a kill and a join.
"""

from __future__ import annotations

import itertools
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from osceq.errors import IndexProblem

Item = TypeVar("Item")
Result = TypeVar("Result")

_SETTLE_SECONDS = 5.0  # how long an idle worker gets to exit after being told to, before a kill


def _serve(connection: Any, function: Callable[[Any], Any]) -> None:
    """A worker's loop: results for each chunk received, in order, until told to stop.

    A thread keeps reading the pipe while the worker computes or waits to send, so the parent's
    sends never block on a busy worker (which could be waiting on the parent in turn).
    """
    import queue
    import threading

    inbox: queue.SimpleQueue[Any] = queue.SimpleQueue()

    def receive() -> None:
        while True:
            try:
                chunk = connection.recv()
            except (EOFError, OSError):
                chunk = None
            inbox.put(chunk)
            if chunk is None:
                return

    threading.Thread(target=receive, daemon=True).start()
    while (chunk := inbox.get()) is not None:
        connection.send([function(item) for item in chunk])


def ordered_map(
    function: Callable[[Item], Result],
    items: Iterable[Item],
    procs: int,
    *,
    chunk: int = 16,
    ahead: int = 4,
) -> Iterator[Result]:
    """map(function, items) in `procs` worker processes, results in input order.

    Each worker gets up to `ahead` chunks queued, so it never waits for the consumer, and at most
    `procs * ahead` chunks are in flight or waiting to be yielded, so a huge stream of items is
    never held at once. `function` must be picklable (a module-level function). If the consumer
    stops early or an exception (Ctrl-C) arrives, the workers are killed before this returns.
    """
    import multiprocessing
    from multiprocessing.connection import wait

    context: Any = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    workers: list[tuple[Any, Any]] = []  # (process, the parent's end of its pipe)
    finished = False
    try:
        for _ in range(procs):
            parent_end, child_end = context.Pipe()
            process = context.Process(target=_serve, args=(child_end, function), daemon=True)
            process.start()
            child_end.close()
            workers.append((process, parent_end))
        chunks = _chunks(items, chunk)
        queued: dict[Any, deque[int]] = {connection: deque() for _, connection in workers}
        done: dict[int, list[Result]] = {}  # results waiting for an earlier chunk
        sent = yielded = 0
        exhausted = False
        while True:
            while not exhausted and sent - yielded < procs * ahead:
                connection = min(queued, key=lambda end: len(queued[end]))
                if len(queued[connection]) >= ahead:
                    break
                work = next(chunks, None)
                if work is None:
                    exhausted = True
                    break
                connection.send(work)
                queued[connection].append(sent)
                sent += 1
            if yielded in done:
                yield from done.pop(yielded)
                yielded += 1
                continue
            waiting = [connection for connection, numbers in queued.items() if numbers]
            if not waiting:
                break
            ready: list[Any] = wait(waiting)
            for connection in ready:
                try:
                    done[queued[connection].popleft()] = connection.recv()
                except (EOFError, OSError):
                    raise IndexProblem(_death_message(workers, connection)) from None
        finished = True
    finally:
        _stop(workers, gracefully=finished)


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    source = iter(items)
    while batch := list(itertools.islice(source, size)):
        yield batch


def _death_message(workers: list[tuple[Any, Any]], connection: Any) -> str:
    for process, end in workers:
        if end is connection:
            process.join(timeout=1.0)
            return f"an extraction worker died (exit code {process.exitcode}); is memory short?"
    return "an extraction worker died"


def _stop(workers: list[tuple[Any, Any]], *, gracefully: bool) -> None:
    """End the workers: ask idle ones to exit after a normal finish, kill them otherwise."""
    for process, connection in workers:
        if gracefully:
            try:
                connection.send(None)
            except OSError:
                process.kill()
        else:
            process.kill()
    for process, connection in workers:
        process.join(timeout=_SETTLE_SECONDS if gracefully else None)
        if process.is_alive():
            process.kill()
            process.join()
        connection.close()


class WorkerGuard:
    """Worker processes forked while writing die with the indexer and leave Ctrl-C to it.

    Without this, killing `osceq index` leaves its extraction and Whoosh workers running (holding the
    index lock forever), and Ctrl-C at a terminal, which reaches every process of the foreground
    group, makes each worker print a traceback. Only forks made while `active` are affected, so a
    pager started later behaves normally.
    """

    active = False
    _installed = False

    @classmethod
    def install(cls) -> None:
        if cls._installed or not hasattr(os, "register_at_fork"):
            return
        import signal

        parent = os.getpid()
        set_parent_death_signal = _parent_death_signal_setter()

        def in_child() -> None:
            if not cls.active:
                return
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            if set_parent_death_signal is not None:
                set_parent_death_signal(signal.SIGKILL)
                if os.getppid() != parent:  # the parent died before the line above ran
                    os._exit(1)

        os.register_at_fork(after_in_child=in_child)
        cls._installed = True


def _parent_death_signal_setter() -> Callable[[int], object] | None:
    """prctl(PR_SET_PDEATHSIG, signal) on Linux; None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None
    pr_set_pdeathsig = 1
    return lambda number: libc.prctl(pr_set_pdeathsig, number)
