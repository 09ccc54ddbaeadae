"""Worker processes for the indexer: a parallel map that can always be torn down.

multiprocessing.Pool is not used on purpose: its terminate() joins helper threads that can wait
forever on a queue lock when Ctrl-C lands at the wrong moment (seen here: one interrupted index run
in about twenty hung). These workers have no helper threads and no shared locks: each has its own
pipe, the parent waits on whichever answers first, and tearing down is a kill and a join.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from osceq.errors import IndexProblem

Item = TypeVar("Item")
Result = TypeVar("Result")

_SETTLE_SECONDS = 5.0  # how long a worker gets to exit after being told to, before a kill

_WORK, _FINISH = "work", "finish"


def _serve(
    parent: int,
    connection: Any,
    function: Callable[[Any], Any],
    initializer: Callable[..., object] | None,
    initargs: tuple[Any, ...],
    finisher: Callable[[], Any] | None,
) -> None:
    """A worker's loop: answer each message in order until told to finish or stop.

    Answers are ("ok", value) or ("error", exception): an exception goes back to the parent to be
    raised there (where errors become messages), not printed here as a traceback. A thread keeps
    reading the pipe while the worker computes or waits to send, so the parent's sends never block
    on a busy worker (which could be waiting on the parent in turn).
    """
    import queue
    import threading

    _leave_signals_to(parent)
    inbox: queue.SimpleQueue[Any] = queue.SimpleQueue()

    def receive() -> None:
        while True:
            try:
                message = connection.recv()
            except (EOFError, OSError):
                message = None
            inbox.put(message)
            if message is None:
                return

    threading.Thread(target=receive, daemon=True).start()
    try:
        if initializer is not None:
            initializer(*initargs)
        while (message := inbox.get()) is not None:
            if message[0] == _FINISH:
                connection.send(("ok", finisher() if finisher else None))
                return
            connection.send(("ok", [function(item) for item in message[1]]))
    except BaseException as error:  # every failure goes back to the parent
        with contextlib.suppress(OSError):  # unless the parent is gone
            connection.send(("error", _picklable(error)))


def _leave_signals_to(parent: int) -> None:
    """Die with the parent, and leave Ctrl-C to it.

    Without this, killing `osceq index` leaves its workers running (holding the index lock
    forever), and Ctrl-C at a terminal, which reaches every process of the foreground group, makes
    each worker print a traceback.
    """
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    set_parent_death_signal = _parent_death_signal_setter()
    if set_parent_death_signal is not None:
        set_parent_death_signal(signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the line above ran
        os._exit(1)


def _picklable(error: BaseException) -> BaseException:
    import pickle

    try:
        pickle.loads(pickle.dumps(error))
    except Exception:  # one that cannot travel is described instead
        return RuntimeError(f"{type(error).__name__}: {error}")
    return error


class Workers:
    """Worker processes that map a function over a stream, each with its own state.

    `initializer(*initargs)` runs once in each worker before its first item and `finisher()` once
    at the end (`finish()` returns what each worker's finisher returned): this is how each worker
    keeps and then hands back per-process state, such as the index segment it writes. Use it as a
    context manager: leaving the block without finish() (an error, Ctrl-C) kills the workers.
    """

    def __init__(
        self,
        procs: int,
        function: Callable[[Item], Result],
        *,
        initializer: Callable[..., object] | None = None,
        initargs: tuple[Any, ...] = (),
        finisher: Callable[[], Any] | None = None,
    ) -> None:
        self.procs = procs
        self._target = (function, initializer, initargs, finisher)
        self._workers: list[tuple[Any, Any]] = []  # (process, the parent's end of its pipe)
        self._finished = False

    def __enter__(self) -> Workers:
        import multiprocessing

        # Spawned, not forked: a forked worker would keep its own copy of everything the parent held
        # at the time (a huge run's file list), once the parent changes it.
        context: Any = multiprocessing.get_context("spawn")
        try:
            for _ in range(self.procs):
                parent_end, child_end = context.Pipe()
                args = (os.getpid(), child_end, *self._target)
                process = context.Process(target=_serve, args=args, daemon=True)
                process.start()
                child_end.close()
                self._workers.append((process, parent_end))
        except BaseException:
            self._stop(gracefully=False)
            raise
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop(gracefully=self._finished)

    def map(self, items: Iterable[Any], *, chunk: int = 16, ahead: int = 4) -> Iterator[Any]:
        """function(item) for each item, each chunk's results as soon as they are ready (any order).

        Each worker gets up to `ahead` chunks queued, so it never waits for the consumer, and one
        slow chunk (a worker closing a big segment) holds back nobody else. At most `procs * ahead`
        chunks are in flight, so a huge stream of items is never held at once.
        """
        from multiprocessing.connection import wait

        chunks = _chunks(items, chunk)
        queued = dict.fromkeys((connection for _, connection in self._workers), 0)  # chunks sent
        exhausted = False
        while True:
            while not exhausted:
                connection = min(queued, key=queued.__getitem__)
                if queued[connection] >= ahead:
                    break
                work = next(chunks, None)
                if work is None:
                    exhausted = True
                    break
                try:
                    connection.send((_WORK, work))
                except OSError:  # a broken pipe: the worker is gone
                    raise IndexProblem(self._death_message(connection)) from None
                queued[connection] += 1
            waiting = [connection for connection, count in queued.items() if count]
            if not waiting:
                return
            ready: list[Any] = wait(waiting)
            for connection in ready:
                results = self._answer(connection)
                queued[connection] -= 1
                yield from results

    def finish(self) -> list[Any]:
        """Each worker's finisher() result; the workers then exit."""
        for _, connection in self._workers:
            try:
                connection.send((_FINISH,))
            except OSError:
                raise IndexProblem(self._death_message(connection)) from None
        results = [self._answer(connection) for _, connection in self._workers]
        self._finished = True
        return results

    def _answer(self, connection: Any) -> Any:
        try:
            status, value = connection.recv()
        except (EOFError, OSError):
            raise IndexProblem(self._death_message(connection)) from None
        if status == "error":
            raise value
        return value

    def _death_message(self, connection: Any) -> str:
        for process, end in self._workers:
            if end is connection:
                process.join(timeout=1.0)
                return f"an indexing worker died (exit code {process.exitcode}); is memory short?"
        return "an indexing worker died"

    def _stop(self, *, gracefully: bool) -> None:
        """End the workers: let them exit after finish(), kill them otherwise."""
        for process, connection in self._workers:
            if gracefully:
                with contextlib.suppress(OSError):
                    connection.send(None)
            else:
                process.kill()
        for process, connection in self._workers:
            process.join(timeout=_SETTLE_SECONDS if gracefully else None)
            if process.is_alive():
                process.kill()
                process.join()
            connection.close()
        self._workers = []


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    source = iter(items)
    while batch := list(itertools.islice(source, size)):
        yield batch


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
