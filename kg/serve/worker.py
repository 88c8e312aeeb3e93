"""Queries run in worker processes that are killed when they pass their time limit.

Oxigraph cannot interrupt a running query from Python, so each endpoint query goes to a worker process
(spawned, holding the store open read-only); if no answer comes within the limit the process is killed
and a fresh one is started for the next query. Workers reopen the store when its files change, so the
endpoint sees the latest `kg build`.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import threading
from typing import Any

from kg.errors import KGError, QueryError, QueryTimeoutError, StoreError, UnsafeQueryError


def store_token(spec: str) -> Any:
    """Something that changes when the embedded store's files change (None for remote stores)."""
    if spec.startswith(("http://", "https://")):
        return None
    data = os.path.join(spec, "oxigraph")
    try:
        with os.scandir(data) as it:
            return tuple(sorted((e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in it
                                if e.name not in ("LOG", "LOCK") and not e.name.startswith("LOG.")))
    except OSError:
        return None


class StoreHandle:
    """A read-only store reopened when its files change. Thread-safe."""

    def __init__(self, spec: str):
        self.spec = spec
        self._lock = threading.Lock()
        self._store = None
        self._token: Any = object()

    def get(self):
        from kg.store import open_store

        with self._lock:
            token = store_token(self.spec)
            if self._store is None or token != self._token:
                self._store = open_store(self.spec, read_only=True)  # the old one closes when unreferenced
                self._token = token
            return self._store

    def close(self) -> None:
        with self._lock:
            if self._store is not None:
                try:
                    self._store.close()
                except KGError:
                    pass
                self._store = None


def _html_rows(result, max_rows: int) -> dict:
    from kg.query import display

    if result.kind == "graph":
        from kg.query import format_result

        return {"kind": "graph", "text": format_result(result, "turtle"), "count": len(result.triples)}
    if result.kind == "ask":
        return {"kind": "ask", "boolean": bool(result.boolean)}
    return {"kind": "select", "variables": list(result.variables),
            "rows": [["" if t is None else display(t) for t in row] for row in result.rows], "count": len(result.rows)}


def _worker_main(conn, spec: str) -> None:  # pragma: no cover - runs in the child process
    from kg.serve.formats import render

    handle = StoreHandle(spec)
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        sparql, table_fmt, graph_fmt, max_rows = msg
        try:
            result = handle.get().query(sparql)
            total = len(result.rows) if result.kind == "select" else len(result.triples)
            truncated = total > max_rows
            if result.kind == "select":
                result.rows = result.rows[:max_rows]
            elif result.kind == "graph":
                result.triples = result.triples[:max_rows]
            info = {"kind": result.kind, "total": total, "truncated": truncated}
            if table_fmt == "html":
                conn.send(("html", _html_rows(result, max_rows), info))
            else:
                media, body = render(result, table_fmt, graph_fmt)
                conn.send(("ok", media, body, info))
        except QueryError as e:
            conn.send(("err", type(e).__name__, str(e), e.line, e.column))
        except KGError as e:
            conn.send(("err", type(e).__name__, str(e), None, None))
        except Exception as e:  # noqa: BLE001 - reported to the client as a server error
            conn.send(("err", "Exception", f"{type(e).__name__}: {e}", None, None))


class _Worker:
    def __init__(self, spec: str):
        ctx = multiprocessing.get_context("spawn")
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, spec), name="kg-serve-query", daemon=True)
        self.proc.start()
        child.close()

    def alive(self) -> bool:
        return self.proc.is_alive()

    def kill(self) -> None:
        try:
            self.proc.kill()
            self.proc.join(5)
        finally:
            self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.proc.join(2)
        if self.proc.is_alive():
            self.kill()
        else:
            self.conn.close()


class QueryPool:
    """Up to ``size`` worker processes; ``run`` returns the worker's answer or raises a KGError."""

    def __init__(self, spec: str, *, size: int = 2, timeout_s: float = 10.0, max_rows: int = 10_000):
        self.spec = spec
        self.timeout_s = timeout_s
        self.max_rows = max_rows
        self._idle: queue.LifoQueue[_Worker | None] = queue.LifoQueue()
        for _ in range(max(1, size)):
            self._idle.put(None)  # a slot; the process starts on first use
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self.killed = 0

    def _new(self) -> _Worker:
        w = _Worker(self.spec)
        with self._lock:
            self._all.add(w)
        return w

    def _drop(self, w: _Worker) -> None:
        with self._lock:
            self._all.discard(w)
        w.kill()

    def run(self, sparql: str, table_fmt: str, graph_fmt: str, *, wait_s: float = 30.0) -> tuple:
        try:
            w = self._idle.get(timeout=wait_s)
        except queue.Empty:
            raise StoreError("the endpoint is busy; try again") from None
        try:
            if w is None or not w.alive():
                if w is not None:
                    self._drop(w)
                w = self._new()
            w.conn.send((sparql, table_fmt, graph_fmt, self.max_rows))
            if not w.conn.poll(self.timeout_s):
                self._drop(w)
                self.killed += 1
                w = None
                raise QueryTimeoutError(f"query stopped after {self.timeout_s:g} s (time limit)")
            try:
                answer = w.conn.recv()
            except (EOFError, OSError):
                self._drop(w)
                w = None
                raise StoreError("the query worker died") from None
        finally:
            self._idle.put(w)
        if answer[0] == "err":
            _, name, message, line, col = answer
            if name == "UnsafeQueryError":
                raise UnsafeQueryError(message)
            if name in ("QueryError", "QueryTimeoutError"):
                raise QueryError(message, line=line, column=col)
            if name == "Exception":
                raise RuntimeError(message)
            raise StoreError(message)
        return answer

    def close(self) -> None:
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for w in workers:
            w.stop()
