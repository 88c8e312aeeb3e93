"""Run a read (a SPARQL query) in a forked child process that is really stopped at its time limit.

A thread cannot interrupt a running Oxigraph query: it would keep using CPU and memory after the
caller gave up. The child inherits the open store (copy-on-write, nothing is reopened), sends its
materialised result back through a pipe (pickle), and is killed with SIGKILL when the time is up.
The child never releases the parent's write lock: it leaves with os._exit, running no cleanup.
Where fork is unavailable the old thread-based wait is used.

Forking a process whose RocksDB threads hold a mutex can leave the child blocked on that mutex
forever. On Linux the parent watches the child: one that sleeps, has used no CPU for a second and
has sent nothing is stuck, so it is killed and the read is forked again (reads have no side
effects), at most a few times and always within the caller's time limit.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import threading
import time
from typing import Any, Callable

from kg.errors import KGError, QueryError, QueryTimeoutError

_CHUNK = 1 << 20


def _timeout(timeout_s: float) -> QueryTimeoutError:
    return QueryTimeoutError(f"query stopped after {timeout_s:g} s (time limit)")


def run_with_timeout(fn: Callable[[], Any], timeout_s: float | None) -> Any:
    """fn() with a hard time limit; raises QueryTimeoutError when it is exceeded (the work is stopped)."""
    if not timeout_s:
        return fn()
    if not hasattr(os, "fork"):  # pragma: no cover - non-POSIX
        return _run_thread(fn, timeout_s)
    deadline = time.monotonic() + timeout_s
    for _ in range(_ATTEMPTS - 1):
        outcome = _fork_once(fn, deadline, timeout_s, watch=True)
        if outcome is not _STUCK:
            return _unpack(*outcome)
    return _unpack(*_fork_once(fn, deadline, timeout_s, watch=False))


_ATTEMPTS = 4
_STUCK_AFTER = 1.0  # seconds asleep with no CPU used and nothing sent
_STUCK = object()


def _cpu_and_state(pid: int) -> tuple[int, str] | None:
    """(utime + stime in clock ticks, state letter) of a child from /proc, or None where unreadable."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            stat = f.read().decode("ascii", "replace")
    except OSError:
        return None
    fields = stat[stat.rindex(")") + 2:].split()
    return int(fields[11]) + int(fields[12]), fields[0]


def _fork_once(fn: Callable[[], Any], deadline: float, timeout_s: float, watch: bool):
    """One forked attempt: (chunks, status), or _STUCK when watch is set and the child is blocked."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: compute, send, leave without any cleanup (locks, atexit, buffers)
        try:
            os.close(r)
            try:
                payload: tuple = ("ok", fn())
            except KGError as e:
                payload = ("kgerror", type(e), e.args[0] if e.args else str(e),
                           getattr(e, "line", None), getattr(e, "column", None))
            except BaseException as e:  # noqa: BLE001 - reported to the parent
                payload = ("error", f"{type(e).__name__}: {e}")
            try:
                data = pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
            except Exception as e:  # noqa: BLE001
                data = pickle.dumps(("error", f"cannot return the result: {e}"))
            view = memoryview(data)
            while view:
                n = os.write(w, view[:_CHUNK])
                view = view[n:]
        finally:
            os._exit(0)
    os.close(w)
    chunks: list[bytes] = []
    finished = False
    last_cpu, idle_since = None, time.monotonic()
    try:
        while True:
            now = time.monotonic()
            left = deadline - now
            if left <= 0:
                raise _timeout(timeout_s)
            ready, _, _ = select.select([r], [], [], min(left, 0.25) if watch else left)
            if ready:
                chunk = os.read(r, _CHUNK)
                if not chunk:
                    break
                chunks.append(chunk)
                continue
            if not watch or chunks:
                continue
            seen = _cpu_and_state(pid)
            if seen is None:
                watch = False
                continue
            cpu, state = seen
            now = time.monotonic()
            if cpu != last_cpu or state != "S":
                last_cpu, idle_since = cpu, now
            elif now - idle_since >= _STUCK_AFTER:
                return _STUCK
        finished = True
    finally:
        os.close(r)
        if not finished:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        _, status = os.waitpid(pid, 0)
    return chunks, status


def _unpack(chunks: list[bytes], status: int) -> Any:
    """The child's result, or its error re-raised with its type."""
    if not chunks:
        how = (f"signal {os.WTERMSIG(status)}" if os.WIFSIGNALED(status) else f"exit {os.waitstatus_to_exitcode(status)}")
        raise QueryError(f"query worker died ({how})")
    payload = pickle.loads(b"".join(chunks))
    if payload[0] == "ok":
        return payload[1]
    if payload[0] == "kgerror":
        _, cls, message, line, column = payload
        if issubclass(cls, QueryError):
            raise cls(message, line=line, column=column)
        try:
            raise cls(message)
        except TypeError:
            raise KGError(message) from None
    raise QueryError(f"query failed: {payload[1]}")


def _run_thread(fn: Callable[[], Any], timeout_s: float) -> Any:  # pragma: no cover - non-POSIX
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = fn()
        except BaseException as e:  # noqa: BLE001 - re-raised in the caller
            box["error"] = e

    t = threading.Thread(target=target, name="kg-query", daemon=True)
    t.start()
    t.join(timeout_s)
    if t.is_alive():
        raise _timeout(timeout_s)
    if "error" in box:
        raise box["error"]
    return box["value"]
