"""Fixtures and helpers shared by the viz / serve tests (imported by the test modules)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import networkx as nx
import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

# The payloads of the XSS tests: each would set window.__kgPwned or open a dialog if it ever ran.
PAYLOAD_SCRIPT = "<script>window.__kgPwned=1</script>"
PAYLOAD_IMG = '<img src=x onerror="window.__kgPwned=2;alert(2)">'
PAYLOAD_HREF = '<a href="javascript:window.__kgPwned=3">href</a>'
PAYLOADS = (PAYLOAD_SCRIPT, PAYLOAD_IMG, PAYLOAD_HREF)


def build_store(paths, store_dir: Path) -> str:
    from kg.pipeline import build
    from kg.store import open_store

    with open_store(str(store_dir)) as st:
        report = build([str(p) for p in paths], st)
    assert not report.failed, report.failed
    return str(store_dir)


def payload_article(directory: Path) -> Path:
    """A JSONL article whose title, source and sentences carry the payloads (the extractor keeps them)."""
    directory.mkdir(parents=True, exist_ok=True)
    rec = {
        "id": "xss-1", "date": "2025-09-01", "lang": "en",
        "title": f"Payload title {PAYLOAD_SCRIPT} {PAYLOAD_IMG} {PAYLOAD_HREF}",
        "source": f"<b>bold source</b> {PAYLOAD_HREF}", "url": "javascript:window.__kgPwned=7",
        "text": (f"Alibaba is developing a new AI inference chip {PAYLOAD_SCRIPT} {PAYLOAD_IMG} {PAYLOAD_HREF} "
                 "that is comparable to the Nvidia H20. The chip will be manufactured by TSMC "
                 f"{PAYLOAD_SCRIPT}."),
    }
    path = directory / "xss.jsonl"
    path.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory) -> str:
    """The seeds/ articles built into a fresh store (once per session)."""
    return build_store([SEEDS], tmp_path_factory.mktemp("seedstore") / "store")


@pytest.fixture(scope="session")
def payload_store(tmp_path_factory) -> str:
    """A store holding one article full of HTML/JS payloads."""
    d = tmp_path_factory.mktemp("payload")
    return build_store([payload_article(d / "articles")], d / "store")


def synthetic_graph(n: int, *, seed: int = 1, edges_per_node: float = 1.5) -> nx.MultiDiGraph:
    """A kg-shaped MultiDiGraph with n nodes of several classes (for size and escaping tests)."""
    import random

    rnd = random.Random(seed)
    classes = ["Company", "Chip", "Foundry", "GovernmentBody", "Policy", "System", "City"]
    preds = ["develops", "manufacturedBy", "comparableTo", "restrictedBy", "uses", "competesWith"]
    G = nx.MultiDiGraph(lang="en", notes=[], articles={
        "https://w3id.org/cnaichips/article/synthetic": {"title": "Synthetic article", "date": "2025-01-01",
                                                          "lang": "en", "sources": ["generated"], "key": "synthetic",
                                                          "outlets": []}}, focus=[])
    ids = [f"https://w3id.org/cnaichips/id/d/node-{i:05d}" for i in range(n)]
    for i, iri in enumerate(ids):
        G.add_node(iri, label=f"Node {i}", cls=classes[i % len(classes)], labels={"en": f"Node {i}"},
                   alt_labels={}, provisional=i % 11 == 0, wikidata=None, attributes=[])
    for j in range(int(n * edges_per_node)):
        # preferential attachment-ish: low indices are hubs
        u = ids[min(int(rnd.paretovariate(1.2)) - 1, n - 1)] if j % 3 == 0 else ids[rnd.randrange(n)]
        v = ids[rnd.randrange(n)]
        if u == v:
            continue
        p = preds[j % len(preds)]
        G.add_edge(u, v, key=p, predicate=p, label=p, hedged=j % 5 == 0, more_evidence=0,
                   evidence=[{"claim": f"c{j}", "quote": f"Quote number {j}.", "quote_lang": "en",
                              "article": "https://w3id.org/cnaichips/article/synthetic", "date": "2025-01-01",
                              "hedged": j % 5 == 0, "confidence": 0.8}])
    return G


def payload_graph() -> nx.MultiDiGraph:
    """Two nodes and one edge whose labels, quote and article metadata are payloads."""
    G = synthetic_graph(2, edges_per_node=0)
    a, b = sorted(G.nodes)
    G.nodes[a].update(label=f"A {PAYLOAD_SCRIPT}", labels={"en": f"A {PAYLOAD_SCRIPT}", "zh": "甲\u2028乙"})
    G.nodes[b].update(label=f"B {PAYLOAD_IMG} {PAYLOAD_HREF}", labels={"en": f"B {PAYLOAD_IMG}"},
                      wikidata="javascript:window.__kgPwned=5")
    art = "https://w3id.org/cnaichips/article/synthetic"
    G.graph["articles"][art]["title"] = f"T {PAYLOAD_SCRIPT}</script><!-- {PAYLOAD_HREF}"
    G.graph["articles"][art]["sources"] = ["javascript:window.__kgPwned=6", PAYLOAD_IMG]
    G.add_edge(a, b, key="develops", predicate="develops", label=f"develops {PAYLOAD_IMG}", hedged=True,
               more_evidence=0, evidence=[{"claim": "c", "quote": f"Q {PAYLOAD_SCRIPT} {PAYLOAD_IMG} {PAYLOAD_HREF}",
                                           "quote_lang": "en", "article": art, "date": "2025-01-01", "hedged": True,
                                           "confidence": 0.5}])
    return G


def ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")
