"""Shared fixtures: a test-only `fake` extractor registered through a real entry point, article files."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest

import kg.extract

TESTS = Path(__file__).resolve().parent


@pytest.fixture
def fake_extractor(tmp_path_factory, monkeypatch):
    """Register tests/fake_extractor.py as the `fake` extractor (entry-point group kg.extractors).

    The dist-info goes on sys.path and PYTHONPATH, so spawned worker processes find it too."""
    site = tmp_path_factory.mktemp("site")
    dist = site / "kg_fake_extractor-0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: kg-fake-extractor\nVersion: 0\n")
    (dist / "entry_points.txt").write_text("[kg.extractors]\nfake = fake_extractor:FakeExtractor\n")
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.syspath_prepend(str(TESTS))
    old = os.environ.get("PYTHONPATH", "")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(p for p in (str(site), str(TESTS), old) if p))
    kg.extract.available.cache_clear()
    kg.extract.get.cache_clear()
    yield ("fake",)
    kg.extract.available.cache_clear()
    kg.extract.get.cache_clear()


from article_files import write_article  # noqa: E402,F401  (re-exported for fixtures below)


@pytest.fixture
def corpus(tmp_path):
    """Three small articles; a and b share the fact acme develops widget-1."""
    d = tmp_path / "corpus"
    d.mkdir()
    write_article(d, "a", "Acme develops Widget-1. NOT Acme develops Gadget. Widget-1 memoryGB 96.")
    write_article(d, "b", "Reportedly Acme develops Widget-1 as well. Beta competesWith Delta.")
    write_article(d, "c", "Gamma develops Sprocket. Nothing else here.")
    return d
