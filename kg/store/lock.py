"""Single-writer lock: a non-blocking exclusive lock on a file that records who holds it."""

from __future__ import annotations

import json
import os
import socket
import sys
import time

from kg.errors import StoreLockedError

try:
    import fcntl
except ImportError:  # pragma: no cover - non-POSIX
    fcntl = None


class WriteLock:
    """Acquire at once or raise StoreLockedError naming the holder (pid, host, command)."""

    def __init__(self, path: str):
        self.path = path
        self._fd: int | None = None
        self._fallback = None

    def acquire(self) -> None:
        if fcntl is None:  # pragma: no cover
            from filelock import FileLock, Timeout

            self._fallback = FileLock(self.path + ".flock", timeout=0)
            try:
                self._fallback.acquire()
            except Timeout:
                raise StoreLockedError(f"store is locked by another writer ({self.path})") from None
            return
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise StoreLockedError(f"store {os.path.dirname(self.path) or '.'} is locked by "
                                   f"{self.holder()}; wait for it to finish or stop it") from None
        info = {"pid": os.getpid(), "host": socket.gethostname(), "command": " ".join(sys.argv)[:300],
                "since": time.strftime("%Y-%m-%dT%H:%M:%S")}
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(info).encode("utf-8"), 0)
        self._fd = fd

    def holder(self) -> str:
        try:
            with open(self.path, encoding="utf-8") as f:
                info = json.load(f)
            return f"pid {info['pid']} on {info['host']} ({info['command']!r}, since {info['since']})"
        except (OSError, ValueError, KeyError):
            return "another process"

    def release(self) -> None:
        if self._fallback is not None:  # pragma: no cover
            self._fallback.release()
            self._fallback = None
        if self._fd is not None:
            try:
                os.ftruncate(self._fd, 0)
                fcntl.flock(self._fd, fcntl.LOCK_UN)
            finally:
                os.close(self._fd)
                self._fd = None
