"""Rewrite the README's "How accurate is it?" tables from out/eval-*.txt (run: make eval first)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def table(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    head = text.split("\n\n", 2)[1]  # the P/R/F1 table
    rows = [ln for ln in head.splitlines() if not ln.startswith("  ")]  # overall and per language
    extra = [ln for ln in text.splitlines() if ln.startswith(("negation violations", "duplicate entities"))]
    return "\n".join(rows + [""] + extra)


def run() -> int:
    readme = ROOT / "README.md"
    s = readme.read_text(encoding="utf-8")
    for split in ("test", "fresh", "dev", "phrases-A", "phrases-B", "negation-A", "negation-B"):
        if f"<!-- eval:{split} -->" not in s:
            continue
        body = table(ROOT / "out" / f"eval-{split}.txt")
        s = re.sub(rf"(<!-- eval:{split} -->\n```\n).*?(```)", lambda m: m.group(1) + body + "\n" + m.group(2), s, flags=re.S)
    readme.write_text(s, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(run())
