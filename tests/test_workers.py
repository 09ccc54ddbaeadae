"""The indexer's worker processes: every result once, nothing left running, a dead worker reported."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator

import pytest

from osceq.errors import IndexProblem
from osceq.workers import Workers


def _square(number: int) -> int:
    return number * number


def _die_on_seven(number: int) -> int:
    if number == 7:
        os._exit(3)
    return number


def _refuse_three(number: int) -> int:
    if number == 3:
        raise OSError(28, "No space left on device")
    return number


def _much_slower_first(number: int) -> int:
    if number == 0:  # slower than a worker's start-up under load, so the others surely come first
        import time

        time.sleep(2.0)
    return number


def mapped(function: Callable[[int], int], items: Iterable[int], **options: int) -> Iterator[int]:
    with Workers(2, function) as workers:
        yield from workers.map(items, **options)
        workers.finish()


def test_every_result_comes_back_once() -> None:
    assert sorted(mapped(_square, range(1000), chunk=7, ahead=2)) == [n * n for n in range(1000)]


def test_an_empty_input_gives_nothing() -> None:
    assert list(mapped(_square, [])) == []


def test_a_slow_chunk_does_not_hold_back_the_rest() -> None:
    results = list(mapped(_much_slower_first, range(200), ahead=2))
    assert sorted(results) == list(range(200))
    assert results[0] != 0  # the first chunk was the slow one: others came back before it


def test_stopping_early_leaves_no_worker_running() -> None:
    results = mapped(_square, range(100_000))
    assert next(results) >= 0
    results.close()
    assert multiprocessing.active_children() == []


def test_a_worker_that_dies_is_reported_not_waited_for() -> None:
    with pytest.raises(IndexProblem, match="worker died"):
        list(mapped(_die_on_seven, range(100)))
    assert multiprocessing.active_children() == []


def test_an_error_in_a_worker_is_raised_in_the_parent_as_itself() -> None:
    with pytest.raises(OSError, match="No space left"):
        list(mapped(_refuse_three, range(100)))
    assert multiprocessing.active_children() == []


def test_each_worker_keeps_state_from_its_initializer_to_its_finisher() -> None:
    with Workers(2, _count, initializer=_start_count, initargs=(10,), finisher=_end_count) as workers:
        assert sorted(workers.map(range(100))) == list(range(100))
        totals = workers.finish()
    assert len(totals) == 2 and sum(totals) == 2 * 10 + 100


_counted = 0


def _start_count(start: int) -> None:
    global _counted
    _counted = start


def _count(number: int) -> int:
    global _counted
    _counted += 1
    return number


def _end_count() -> int:
    return _counted
