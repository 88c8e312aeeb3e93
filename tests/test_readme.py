"""The README's example queries show the real output on seeds/, and its quick start is the two commands."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory):
    store = str(tmp_path_factory.mktemp("readme") / "store")
    r = CliRunner().invoke(main, ["build", str(ROOT / "seeds"), "--store", store])
    assert r.exit_code == 0, r.output
    return store


def test_quick_start_is_two_commands():
    block = README.split("## Quick start", 1)[1].split("```", 2)[1]
    commands = [ln.split("#")[0].strip() for ln in block.splitlines()[1:] if ln.strip()]
    assert commands == ["make demo", "make test"]


@pytest.mark.parametrize("name", sorted(p.stem for p in (ROOT / "docs" / "examples").glob("*.rq")))
def test_example_query_output_matches_readme(seed_store, name):
    cmd = f"$ .venv/bin/kg query --store out/store -f docs/examples/{name}.rq\n"
    assert cmd in README, f"README does not show {name}.rq"
    shown = README.split(cmd, 1)[1].split("```", 1)[0].rstrip("\n")
    r = CliRunner().invoke(main, ["query", "--store", seed_store, "-f", str(ROOT / "docs" / "examples" / f"{name}.rq")])
    assert r.exit_code == 0, r.output
    assert r.output.rstrip("\n") == shown


def test_cli_commands_in_readme_exist():
    for cmd in set(re.findall(r"`kg ([a-z]+)", README)):
        r = CliRunner().invoke(main, [cmd, "--help"])
        assert r.exit_code == 0, (cmd, r.output)
