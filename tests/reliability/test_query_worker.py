"""The forked query worker: a child blocked on a lock inherited at fork is re-forked; a busy one still times out."""

from __future__ import annotations

import threading
import time

import pytest

from kg.errors import QueryError, QueryTimeoutError
from kg.store import worker


def _held_lock(release_after: float) -> threading.Lock:
    """A lock another thread holds now and releases after a while (as a RocksDB thread might at fork time)."""
    lock = threading.Lock()
    taken = threading.Event()

    def hold() -> None:
        with lock:
            taken.set()
            time.sleep(release_after)

    threading.Thread(target=hold, daemon=True).start()
    taken.wait()
    return lock


def test_child_blocked_on_an_inherited_lock_is_forked_again():
    lock = _held_lock(0.5)

    def read():
        with lock:  # in a child forked while the lock was held this never returns
            return 42

    t0 = time.monotonic()
    assert worker.run_with_timeout(read, 10) == 42
    assert time.monotonic() - t0 < 8


def test_a_lock_held_for_good_still_ends_at_the_time_limit():
    lock = _held_lock(30)

    def read():
        with lock:
            return 1

    t0 = time.monotonic()
    with pytest.raises(QueryTimeoutError):
        worker.run_with_timeout(read, 3)
    assert time.monotonic() - t0 < 6


def test_busy_child_is_not_taken_for_stuck_and_times_out():
    def spin():
        while True:
            pass

    t0 = time.monotonic()
    with pytest.raises(QueryTimeoutError):
        worker.run_with_timeout(spin, 2)
    assert time.monotonic() - t0 < 5


def test_results_and_errors_come_back():
    assert worker.run_with_timeout(lambda: list(range(100_000)), 10) == list(range(100_000))

    def bad():
        raise QueryError("bad query", line=2, column=3)

    with pytest.raises(QueryError) as e:
        worker.run_with_timeout(bad, 10)
    assert (e.value.line, e.value.column) == (2, 3)


def test_stuck_child_is_detected_from_proc():
    if worker._cpu_and_state(1) is None:
        pytest.fail("/proc/<pid>/stat is unreadable: the stuck-child watch cannot work here")
    cpu, state = worker._cpu_and_state(1)
    assert cpu >= 0 and state.isalpha()
