"""Shared fixtures of the reliability suite (issue 6); helpers live in reliability_helpers.py.

Figures (cases tried, failures) are collected in a session-wide dict and merged into
out/reliability-figures.json (tests/reliability/figures.json under `make figures`) at the end of the
session, so a partial run (`-k crash`) only updates its own entries.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

HERE = Path(__file__).resolve().parent
# A plain test run reports into out/ and leaves the tree clean; `make figures` refreshes the committed snapshot.
FIGURES = Path(os.environ.get("KG_RELIABILITY_FIGURES") or HERE.parent.parent / "out" / "reliability-figures.json")


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: long-running reliability test (still run by `make test`)")


_figures: dict[str, dict] = {}


@pytest.fixture(scope="session")
def figures():
    """figures[name] = {...}: merged into tests/reliability/figures.json when the session ends."""
    yield _figures
    if not _figures:
        return
    try:
        old = json.loads(FIGURES.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        old = {}
    old.update(_figures)
    FIGURES.parent.mkdir(parents=True, exist_ok=True)
    tmp = FIGURES.with_name(f".figures.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(old, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, FIGURES)


@pytest.fixture
def cli():
    """Invoke the click CLI in-process; returns the click Result (exit_code, stdout, stderr, output)."""
    from kg.cli import main

    runner = CliRunner()

    def invoke(*args, **kw):
        return runner.invoke(main, [str(a) for a in args], catch_exceptions=False, **kw)

    return invoke


