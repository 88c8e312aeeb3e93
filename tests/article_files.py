"""Writing small article files for tests (importable as `article_files`, unlike conftest)."""

from __future__ import annotations

import textwrap
from pathlib import Path


def write_article(directory: Path, key: str, body: str, *, title: str = "Test article",
                  date: str = "2025-08-29", lang: str = "en") -> Path:
    path = directory / f"{key}.md"
    path.write_text(textwrap.dedent(f"""\
        ---
        id: {key}
        title: {title}
        date: {date}
        lang: {lang}
        ---
        """) + body + "\n", encoding="utf-8")
    return path

