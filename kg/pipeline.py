"""read -> extract -> graph -> store, incrementally.

An article is re-extracted only when its content hash or the extractor version changed. With
jobs > 1, extraction runs in worker processes (spawn) and results come back in input order; all
writes happen in this process, in input order, so the store ends up identical to a jobs=1 build.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Callable, Iterable

from kg import extract as extract_mod
from kg.errors import InputError, KGError
from kg.graph import article_quads, claim_object, kgo
from kg.model import POSITIVE, Article, ExtractionResult

DEFAULT_MAX_BYTES = 10_000_000
Progress = Callable[[int, int], None]  # (articles done, articles total)


@dataclass
class BuildReport:
    read: int = 0  # articles read from the inputs
    skipped: int = 0  # unchanged since the last build (same content hash and extractor version)
    built: int = 0  # articles (re)written
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file or source key, message)
    entities_new: int = 0  # discovered entities new to the graph
    facts_added: int = 0  # facts new to the union graph
    pruned: list[str] = field(default_factory=list)  # source keys removed by --prune
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    @property
    def matched(self) -> int:
        """Inputs found at all (readable or not)."""
        return self.read + sum(1 for _ in self.failed)

    def summary(self) -> str:
        line = (f"read {self.read}, skipped {self.skipped} unchanged, failed {len(self.failed)}; "
                f"entities new {self.entities_new}; facts added {self.facts_added}")
        if self.pruned:
            line += f"; pruned {len(self.pruned)}"
        return line


def _describe(exc: BaseException) -> str:
    if isinstance(exc, InputError):
        return Exception.__str__(exc)  # without the path, which is reported beside it
    return str(exc) if isinstance(exc, KGError) else f"{type(exc).__name__}: {exc}"


def _extract_safe(article: Article, extractors: tuple[str, ...]) -> ExtractionResult | str:
    """Worker entry point (module level, so spawn can import it): a result or an error message."""
    try:
        return extract_mod.extract(article, extractors)
    except Exception as e:  # one bad article must not stop the build
        return _describe(e)


def _extract_graph(article: Article, extractors: tuple[str, ...]):
    """Worker entry point: (result, the quads of its article graph), or an error message. Building the
    quads here keeps that work off the single writing process."""
    res = _extract_safe(article, extractors)
    if isinstance(res, str):
        return res
    try:
        return res, article_quads(res)
    except Exception as e:  # noqa: BLE001
        return _describe(e)


def _read(paths: Iterable[str], max_bytes: int):
    from kg.ingest import read_paths

    return read_paths([str(p) for p in paths], max_bytes=max_bytes)


# -- skipping unchanged files without parsing them ----------------------------------------------------
# An embedded store keeps `build-cache.json` beside its database: for each input file read before, the
# SHA-256 of its bytes and the (source key, article IRI, content hash) of its articles. A file whose bytes
# are unchanged, whose articles the store still holds with those hashes and the current extractor version,
# and whose ingest code is unchanged is skipped without decoding or parsing it. Anything else (no cache,
# a corrupt cache, a remote store) falls back to reading every file.
CACHE_FILE = "build-cache.json"


@dataclass
class _Cached:
    path: str
    articles: list  # [source_key, article IRI, content hash]


def _ingest_fingerprint(max_bytes: int) -> str:
    import hashlib
    from pathlib import Path

    import kg
    import kg.ingest

    h = hashlib.sha256(f"{kg.__version__}|{max_bytes}".encode())
    for f in sorted(Path(kg.ingest.__file__).parent.glob("*.py")):
        h.update(f.read_bytes())
    return h.hexdigest()


def _cache_path(store):
    import os
    from pathlib import Path

    loc = str(getattr(store, "location", "") or "")
    if not loc or loc.startswith(("http://", "https://")) or not os.path.isdir(loc):
        return None
    return Path(loc) / CACHE_FILE


def _load_cache(path, fingerprint: str) -> dict:
    import json

    if path is None:
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("ingest") != fingerprint or not isinstance(data.get("files"), dict):
            return {}
        return data["files"]
    except (OSError, ValueError, AttributeError):
        return {}


def _file_digest(path: str, max_bytes: int) -> str | None:
    """SHA-256 of a regular file within the size cap, else None (the file is then read, and refused, by
    kg.ingest): never open a FIFO (it would block) nor read a file over the cap."""
    import hashlib
    import os
    import stat

    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode) or st.st_size > max_bytes:
            return None
        with open(path, "rb") as f:
            data = f.read(max_bytes + 1)
    except OSError:
        return None
    return hashlib.sha256(data).hexdigest() if len(data) <= max_bytes else None


def _read_cached(paths: Iterable[str], max_bytes: int, cache: dict, index: dict, version: str, digests: dict):
    """Like _read, but yields _Cached for files the cache shows to be unchanged; records digests of files."""
    from kg.ingest import read_file
    from kg.ingest.readers import READERS
    from kg.ingest.walk import FileItem, iter_files

    for item in iter_files([str(p) for p in paths], wanted=frozenset(READERS)):
        if not isinstance(item, FileItem):
            yield getattr(item, "path", None), item
            continue
        digest = _file_digest(item.path, max_bytes)
        digests[item.path] = digest
        entry = cache.get(item.path)
        if (digest and entry and entry.get("sha256") == digest and entry.get("articles")
                and all(index.get(k) == (a, h, version) for k, a, h in entry["articles"])):
            yield item.path, _Cached(item.path, entry["articles"])
            continue
        for art in read_file(item.path, max_bytes=max_bytes):
            yield item.path, art


def _save_cache(path, fingerprint: str, files: dict) -> None:
    import json

    from kg.export import write_atomic

    if path is None:
        return
    try:
        write_atomic(path, json.dumps({"ingest": fingerprint, "files": files}, ensure_ascii=False,
                                      separators=(",", ":")).encode("utf-8"))
    except OSError:
        pass  # only an optimisation


def _in_order(pool, fn, items: list, extractors: tuple[str, ...], window: int):
    """pool.map with at most `window` articles in flight, so results never pile up in memory while the
    single writer is busy."""
    from collections import deque

    pending: deque = deque()
    it = iter(items)
    for art in it:
        pending.append(pool.submit(fn, art, extractors))
        if len(pending) >= window:
            break
    while pending:
        res = pending.popleft().result()
        nxt = next(it, None)
        if nxt is not None:
            pending.append(pool.submit(fn, nxt, extractors))
        yield res


def extract_one(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES,
                extractors: tuple[str, ...] = extract_mod.DEFAULT_EXTRACTORS) -> ExtractionResult:
    """Read one file and extract it (no store)."""
    for item in _read([path], max_bytes):
        if isinstance(item, BaseException):
            raise item if isinstance(item, KGError) else InputError(str(item), path)
        return extract_mod.extract(item, extractors)
    raise InputError("no article found", str(path))


def build(paths: Iterable[str], store, *, jobs: int = 1, prune: bool = False, progress: Progress | None = None,
          max_bytes: int = DEFAULT_MAX_BYTES,
          extractors: tuple[str, ...] = extract_mod.DEFAULT_EXTRACTORS) -> BuildReport:
    """Build or update `store` from the files under `paths`."""
    extractors = tuple(extractors)
    version = extract_mod.pipeline_version(extractors)
    report = BuildReport()
    index = store.article_index()
    input_failed = False
    cache_path = _cache_path(store)
    fingerprint = _ingest_fingerprint(max_bytes) if cache_path else ""
    cache = _load_cache(cache_path, fingerprint)
    digests: dict[str, str | None] = {}
    files: dict[str, list] = {}  # file -> [source key, article IRI, content hash] of its articles
    articles: dict[str, Article | None] = {}  # source_key -> article (None: unchanged file), last one wins
    for path, item in _read_cached(paths, max_bytes, cache, index, version, digests):
        if isinstance(item, _Cached):
            files[item.path] = item.articles
            for key, _, _ in item.articles:
                report.read += 1
                articles.pop(key, None)
                articles[key] = None
            continue
        if isinstance(item, BaseException):
            input_failed = True
            report.failed.append((getattr(item, "path", None) or "?", _describe(item)))
            digests.pop(path, None)  # a file with a bad part is always read again
            continue
        report.read += 1
        articles.pop(item.source_key, None)
        articles[item.source_key] = item
        if path is not None:
            files.setdefault(path, []).append([item.source_key, item.iri, item.content_hash])
    todo = []
    for key, art in articles.items():
        if art is None:
            report.skipped += 1
            continue
        prev = index.get(key)
        if prev and prev[0] == art.iri and prev[1] == art.content_hash and prev[2] == version:
            report.skipped += 1
        else:
            todo.append(art)
    total = len(articles)
    done = report.skipped
    unwritten = {a.source_key for a in todo}  # emptied as articles are written
    if progress:
        progress(done, total)

    if jobs > 1 and len(todo) > 1:
        ctx = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=min(jobs, len(todo)), mp_context=ctx) as pool:
            results = _in_order(pool, _extract_graph, todo, extractors, window=8 * jobs)
            done = _write_all(todo, results, store, version, report, progress, done, total, unwritten)
    else:
        results = (_extract_graph(a, extractors) for a in todo)
        done = _write_all(todo, results, store, version, report, progress, done, total, unwritten)

    if cache_path is not None:  # files whose every article is now in the store as read
        stored = {k for k, a in articles.items() if a is None or k not in unwritten}
        # (the entries are checked against the store index when used, so a stale one only costs a read)
        _save_cache(cache_path, fingerprint, {
            f: {"sha256": digests[f], "articles": arts} for f, arts in files.items()
            if digests.get(f) and arts and all(k in stored for k, _, _ in arts)})

    if prune:
        if input_failed:
            report.notes.append("prune skipped: some inputs could not be read")
        else:
            report.pruned = store.prune(articles.keys())
    return report


def _write_all(todo, results, store, version, report, progress, done, total, unwritten=None) -> int:
    for art, res in zip(todo, results):
        if isinstance(res, str):
            report.failed.append((art.source or art.source_key, res))
        else:
            res, quads = res
            change = store.replace_article(art.source_key, art.iri, quads,
                                           content_hash=art.content_hash, extractor_version=version)
            report.built += 1
            if unwritten is not None:
                unwritten.discard(art.source_key)
            added = set(change.added)
            provisional = {iri for iri, e in res.entities.items() if e.provisional}
            report.entities_new += len(provisional.intersection(change.new_subjects))
            facts = set()
            for c in res.claims:
                if c.polarity == POSITIVE:
                    facts.add((c.subject, kgo(c.predicate).value, str(claim_object(c))))
            report.facts_added += sum(1 for t in added
                                      if (t.subject.value, t.predicate.value, str(t.object)) in facts)
        done += 1
        if progress:
            progress(done, total)
    return done
