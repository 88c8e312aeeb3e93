"""Shared helpers for the analyst-workflow tests (named queries, views, validate, timeline, exports)."""

from __future__ import annotations

from pathlib import Path

from kg.pipeline import build
from kg.store import open_store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def build_store(directory: Path, paths, **kw) -> str:
    spec = str(directory)
    with open_store(spec) as st:
        report = build([str(p) for p in paths], st, **kw)
    assert not report.failed, report.failed
    return spec


def term(t) -> str | None:
    """A stable string form of a result term (N-Triples syntax); None for unbound."""
    return None if t is None else str(t)


def rows_of(result) -> list[list[str | None]]:
    return [[term(t) for t in row] for row in result.rows]


def write_article(directory: Path, key: str, body: str, *, title: str = "Test article",
                  date: str = "2025-08-29", lang: str = "en") -> Path:
    """An article file with YAML front matter (like tests/conftest.py's helper, importable from here)."""
    path = directory / f"{key}.md"
    path.write_text(f"---\nid: {key}\ntitle: {title}\ndate: {date}\nlang: {lang}\n---\n{body}\n", encoding="utf-8")
    return path
