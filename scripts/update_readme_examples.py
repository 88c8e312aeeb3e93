"""Rewrite the outputs of the README's example queries from a fresh build of seeds/ (run: make readme)."""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

from click.testing import CliRunner

from kg.cli import main

ROOT = Path(__file__).resolve().parent.parent


def run() -> int:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        store = str(Path(tmp) / "store")
        r = CliRunner().invoke(main, ["build", str(ROOT / "seeds"), "--store", store])
        if r.exit_code:
            print(r.output, file=sys.stderr)
            return 1
        for rq in sorted((ROOT / "docs" / "examples").glob("*.rq")):
            cmd = f"$ .venv/bin/kg query --store out/store -f docs/examples/{rq.name}\n"
            if cmd not in text:
                continue
            out = CliRunner().invoke(main, ["query", "--store", store, "-f", str(rq)]).output.rstrip("\n")
            text = re.sub(re.escape(cmd) + r".*?(?=```)", lambda m: cmd + out + "\n", text, count=1, flags=re.S)
    readme.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(run())
