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
    articles: dict[str, Article] = {}  # source_key -> article, input order (last one wins)
    for item in _read(paths, max_bytes):
        if isinstance(item, BaseException):
            input_failed = True
            report.failed.append((getattr(item, "path", None) or "?", _describe(item)))
            continue
        report.read += 1
        articles.pop(item.source_key, None)
        articles[item.source_key] = item
    todo = []
    for key, art in articles.items():
        prev = index.get(key)
        if prev and prev[0] == art.iri and prev[1] == art.content_hash and prev[2] == version:
            report.skipped += 1
        else:
            todo.append(art)
    total = len(articles)
    done = report.skipped
    if progress:
        progress(done, total)

    if jobs > 1 and len(todo) > 1:
        ctx = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=min(jobs, len(todo)), mp_context=ctx) as pool:
            results = pool.map(_extract_graph, todo, [extractors] * len(todo), chunksize=4)
            done = _write_all(todo, results, store, version, report, progress, done, total)
    else:
        results = (_extract_graph(a, extractors) for a in todo)
        done = _write_all(todo, results, store, version, report, progress, done, total)

    if prune:
        if input_failed:
            report.notes.append("prune skipped: some inputs could not be read")
        else:
            report.pruned = store.prune(articles.keys())
    return report


def _write_all(todo, results, store, version, report, progress, done, total) -> int:
    for art, res in zip(todo, results):
        if isinstance(res, str):
            report.failed.append((art.source or art.source_key, res))
        else:
            res, quads = res
            change = store.replace_article(art.source_key, art.iri, quads,
                                           content_hash=art.content_hash, extractor_version=version)
            report.built += 1
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
