"""Expanding command-line paths into files: sorted, hidden entries skipped, symlink loops reported once."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.errors import InputError


class FileItem:
    """A file to read; `explicit` if it was named directly rather than found inside a folder."""

    __slots__ = ("path", "explicit")

    def __init__(self, path: str, explicit: bool):
        self.path = path
        self.explicit = explicit

    def __repr__(self) -> str:
        return f"FileItem({self.path!r}, explicit={self.explicit})"


def _stat_error(path: str, e: OSError) -> InputError:
    if e.errno == errno.ELOOP:
        return InputError("symlink loop", path=path)
    if isinstance(e, FileNotFoundError):
        if os.path.islink(path):
            return InputError("broken symbolic link", path=path)
        return InputError("no such file or directory", path=path)
    if isinstance(e, PermissionError):
        return InputError("permission denied", path=path)
    return InputError(f"cannot read: {e.strerror or e}", path=path)


def iter_files(
    paths: Iterable[str | os.PathLike],
    *,
    wanted: frozenset[str],
    follow_symlinks: bool = True,
) -> Iterator[FileItem | InputError]:
    """Files named or found under folders, in a deterministic order.

    Folders are walked depth-first with entries sorted by name; entries whose name starts with '.' are
    skipped; inside folders only files whose lower-cased suffix is in `wanted` are returned (others are
    skipped silently). A symlink pointing back to one of its ancestor folders is reported once and not
    followed; a folder or file reached twice (two links, or a folder and its subfolder both named) is
    read once. With follow_symlinks=False symlinks found inside folders are skipped (named ones are read).
    """
    seen_files: set[tuple[int, int]] = set()
    seen_dirs: set[tuple[int, int]] = set()
    reported_loops: set[tuple[int, int]] = set()

    for given in paths:
        top = os.fspath(given)
        try:
            st = os.stat(top)
        except OSError as e:
            yield _stat_error(top, e)
            continue
        ident = (st.st_dev, st.st_ino)
        if not stat.S_ISDIR(st.st_mode):
            if ident not in seen_files:
                seen_files.add(ident)
                yield FileItem(top, explicit=True)
            continue
        if ident in seen_dirs:
            continue
        seen_dirs.add(ident)
        # Depth-first with an explicit stack (no recursion limit); children are pushed in reverse so they
        # pop in sorted order. Items: ("dir", path, ancestors) | ("file", path, None) | ("err", error, None).
        stack: list[tuple[str, object, frozenset[tuple[int, int]] | None]] = [("dir", top, frozenset([ident]))]
        while stack:
            kind, obj, ancestors = stack.pop()
            if kind == "err":
                yield obj  # type: ignore[misc]
                continue
            path = obj  # type: ignore[assignment]
            if kind == "file":
                yield FileItem(path, explicit=False)
                continue
            try:
                with os.scandir(path) as it:
                    entries = sorted(it, key=lambda e: e.name)
            except PermissionError:
                yield InputError("permission denied (cannot list folder)", path=path)
                continue
            except OSError as e:
                yield _stat_error(path, e)
                continue
            assert ancestors is not None
            children: list[tuple[str, object, frozenset[tuple[int, int]] | None]] = []
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                child = os.path.join(path, entry.name)
                suffix = Path(entry.name).suffix.lower()
                try:
                    if not follow_symlinks and entry.is_symlink():
                        continue
                    est = os.stat(child)  # follows links
                except OSError as e:
                    if e.errno == errno.ELOOP or suffix in wanted:
                        children.append(("err", _stat_error(child, e), None))
                    continue
                eident = (est.st_dev, est.st_ino)
                if stat.S_ISDIR(est.st_mode):
                    if eident in ancestors:
                        if eident not in reported_loops:
                            reported_loops.add(eident)
                            err = InputError("symlink loop (points back to a parent folder), not followed", path=child)
                            children.append(("err", err, None))
                        continue
                    if eident in seen_dirs:
                        continue
                    seen_dirs.add(eident)
                    children.append(("dir", child, ancestors | {eident}))
                elif suffix in wanted:
                    if eident in seen_files:
                        continue
                    seen_files.add(eident)
                    children.append(("file", child, None))
            stack.extend(reversed(children))
