"""The indexer's worker processes: order kept, nothing left running, a dead worker reported."""

from __future__ import annotations

import multiprocessing
import os

import pytest

from osceq.errors import IndexProblem
from osceq.workers import Workers, ordered_map


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


def _slow_first(number: int) -> int:
    if number == 0:  # the first chunk finishes last
        import time

        time.sleep(0.3)
    return number


def test_results_come_back_in_input_order() -> None:
    assert list(ordered_map(_square, range(1000), 2, chunk=7, ahead=2)) == [n * n for n in range(1000)]


def test_a_slow_early_chunk_does_not_reorder_the_later_ones() -> None:
    assert list(ordered_map(_slow_first, range(200), 2)) == list(range(200))


def test_an_empty_input_gives_nothing() -> None:
    assert list(ordered_map(_square, [], 2)) == []


def test_stopping_early_leaves_no_worker_running() -> None:
    results = ordered_map(_square, range(100_000), 2)
    assert next(results) == 0
    results.close()
    assert multiprocessing.active_children() == []


def test_a_worker_that_dies_is_reported_not_waited_for() -> None:
    with pytest.raises(IndexProblem, match="worker died"):
        list(ordered_map(_die_on_seven, range(100), 2))
    assert multiprocessing.active_children() == []


def test_an_error_in_a_worker_is_raised_in_the_parent_as_itself() -> None:
    with pytest.raises(OSError, match="No space left"):
        list(ordered_map(_refuse_three, range(100), 2))
    assert multiprocessing.active_children() == []


def _much_slower_first(number: int) -> int:
    if number == 0:  # slower than a worker's start-up under load, so the others surely come first
        import time

        time.sleep(2.0)
    return number


def test_unordered_results_are_all_there_and_a_slow_chunk_does_not_hold_back_the_rest() -> None:
    with Workers(2, _much_slower_first) as workers:
        results = list(workers.map(range(200), ordered=False, ahead=2))
        workers.finish()
    assert sorted(results) == list(range(200))
    assert results[0] != 0  # the first chunk was the slow one: others came back before it
