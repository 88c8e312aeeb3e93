"""Reading articles from disk: files and folders -> `kg.model.Article` (or `kg.errors.InputError` per bad input).

    from kg.ingest import read_paths
    for item in read_paths(["seeds/", "extra.jsonl"]):
        if isinstance(item, InputError): report(item)   # str(item) == "<path>: <message>"
        else: use(item)                                  # an Article with normalised text

Formats (by extension, case-insensitive): .txt, .md/.markdown (YAML front matter), .html/.htm, .jsonl.
Nothing is ever written by this package.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.errors import InputError
from kg.model import Article

from .decode import decode_bytes, human_size, load_text, read_limited, sniff_binary
from .langdetect import detect_language, detect_script
from .normalize import normalize_date, normalize_text
from .readers import READERS, make_article, markdown_to_text, read_html, read_jsonl, read_md, read_txt
from .walk import FileItem, iter_files

IngestError = InputError  # the name used in docs/ARCHITECTURE.md

SUPPORTED_EXTENSIONS = tuple(sorted(READERS))
DEFAULT_MAX_BYTES = 10_000_000

__all__ = [
    "Article",
    "DEFAULT_MAX_BYTES",
    "IngestError",
    "InputError",
    "SUPPORTED_EXTENSIONS",
    "decode_bytes",
    "detect_language",
    "detect_script",
    "human_size",
    "markdown_to_text",
    "normalize_date",
    "normalize_text",
    "read_file",
    "read_paths",
    "read_text",
]


def read_text(text: str, path: str, fmt: str) -> Iterator[Article | InputError]:
    """Articles from already-decoded text in format `fmt` ('.txt', '.md', '.html', '.jsonl', ...);
    `path` is only used for source keys and messages."""
    reader = READERS[fmt.lower() if fmt.startswith(".") else "." + fmt.lower()]
    try:
        yield from reader(text, path)
    except Exception as e:  # noqa: BLE001 - a reader bug must not stop the other files
        yield InputError(f"cannot read: {type(e).__name__}: {e}", path=path)


def read_file(path: str | os.PathLike, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | InputError]:
    """Articles of one file (several for .jsonl); errors are yielded, never raised."""
    p = os.fspath(path)
    suffix = Path(p).suffix.lower()
    if suffix not in READERS:
        shown = suffix or "(no extension)"
        yield InputError(f"unsupported file type {shown}; expected one of {', '.join(SUPPORTED_EXTENSIONS)}", path=p)
        return
    try:
        text = load_text(p, max_bytes)
    except InputError as e:
        yield e
        return
    except (OSError, MemoryError) as e:
        yield InputError(f"cannot read: {e}", path=p)
        return
    yield from read_text(text, p, suffix)


def read_paths(
    paths: Iterable[str | os.PathLike],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    follow_symlinks: bool = True,
) -> Iterator[Article | InputError]:
    """Articles from files and folders, in a deterministic order; never raises for one bad file.

    - Folders are walked recursively, entries sorted by name, hidden entries ('.name') skipped,
      unsupported extensions skipped silently; symlink loops reported once and not followed;
      a file reached twice is read once.
    - Files named explicitly with an unsupported extension, missing, unreadable, empty, binary,
      undecodable or larger than `max_bytes` (checked with os.stat before reading) yield InputError.
    - .jsonl: one article per line; bad lines yield InputError('line N: ...') and the rest import.
    """
    if isinstance(paths, (str, bytes, os.PathLike)):
        paths = [paths]  # type: ignore[list-item]
    for item in iter_files(paths, wanted=frozenset(READERS), follow_symlinks=follow_symlinks):
        if isinstance(item, InputError):
            yield item
            continue
        assert isinstance(item, FileItem)
        yield from read_file(item.path, max_bytes=max_bytes)
