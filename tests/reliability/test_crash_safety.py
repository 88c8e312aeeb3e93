"""Crash safety (issue 6, part 3): SIGKILL `kg build` at many points while it builds 200 small articles.

After every kill the store must reopen, and each article is either fully present (its graph equals
the graph a clean extraction gives, claims included) or absent; the union graph is exactly the
union of the registry and the article graphs; the lock left by the dead process does not block the
next build; and re-running the build reaches exactly the graph of a clean build (sha256 of the
canonical N-Quads).
"""

from __future__ import annotations

import json
import os
import random
import signal
import time
from pathlib import Path

import pytest

from reliability_helpers import canonical, make_corpus, popen_kg, run_kg, sha

N_ARTICLES = 200
KILLS = 20
GROUP = 5  # a fresh store every GROUP kills; each group ends with a full re-run
SEED = 20251129


def expected_graphs(corpus: Path) -> dict[str, tuple[str, str, int]]:
    """source key -> (article IRI, canonical N-Quads of its graph, number of claims), from a clean extraction."""
    from kg.extract import extract
    from kg.graph import RDF_TYPE, article_quads, kgo, to_nquads
    from kg.ingest import read_paths

    out = {}
    for art in read_paths([corpus]):
        assert not isinstance(art, Exception), art
        quads = article_quads(extract(art))
        claims = sum(1 for q in quads if q.predicate == RDF_TYPE and q.object == kgo("Claim"))
        out[art.source_key] = (art.iri, to_nquads(quads), claims)
    return out


def check_store(store: Path, expected: dict[str, tuple[str, str, int]]) -> tuple[int, list[str]]:
    """(articles present, problems) of a store that a killed build left behind."""
    from pyoxigraph import BlankNode, DefaultGraph, NamedNode, Quad

    from kg.graph import RDF_TYPE, kgo, to_nquads
    from kg.store.oxigraph import DATA_DIR, OxigraphStore

    if not (store / DATA_DIR).is_dir():
        return 0, []
    problems: list[str] = []
    st = OxigraphStore(store, read_only=True)
    try:
        db = st.db
        index = st.article_index()
        graphs = {g.value for g in db.named_graphs() if isinstance(g, NamedNode)}
        present = 0
        for key, (iri, nq, claims) in expected.items():
            in_index = key in index
            if in_index != (iri in graphs):
                problems.append(f"{key}: bookkeeping says {in_index}, graph present {iri in graphs}")
                continue
            if not in_index:
                continue
            present += 1
            got = list(db.quads_for_pattern(None, None, None, NamedNode(iri)))
            n_claims = sum(1 for q in got if q.predicate == RDF_TYPE and q.object == kgo("Claim"))
            if n_claims != claims:
                problems.append(f"{key}: {n_claims} claims, expected {claims}")
            elif to_nquads(got) != nq:
                problems.append(f"{key}: graph differs from a clean extraction")
        unknown = {g for g in graphs if g.startswith("https://w3id.org/cnaichips/article/")} - {
            e[0] for e in expected.values()}
        if unknown:
            problems.append(f"unknown article graphs: {sorted(unknown)[:3]}")
        # the union graph is exactly the union of the registry and the article graphs (no blank nodes)
        union = NamedNode(st.UNION)
        if st.REGISTRY in graphs or present:
            sources = [NamedNode(st.REGISTRY)] + [NamedNode(index[k][0]) for k in index]
            want = {Quad(q.subject, q.predicate, q.object, DefaultGraph()) for g in sources
                    for q in db.quads_for_pattern(None, None, None, g)
                    if not isinstance(q.subject, BlankNode) and not isinstance(q.object, BlankNode)}
            have = {Quad(q.subject, q.predicate, q.object, DefaultGraph())
                    for q in db.quads_for_pattern(None, None, None, union)}
            if want != have:
                problems.append(f"union graph: {len(have - want)} extra, {len(want - have)} missing triples")
    finally:
        st.close()
    return present, problems


@pytest.mark.slow
def test_sigkill_during_build(tmp_path, figures):
    corpus = tmp_path / "corpus"
    make_corpus(corpus, N_ARTICLES)
    expected = expected_graphs(corpus)
    assert len(expected) == N_ARTICLES and sum(c for _, _, c in expected.values()) > N_ARTICLES

    clean = tmp_path / "clean"
    t0 = time.monotonic()
    r = run_kg("build", corpus, "--store", clean)
    full = time.monotonic() - t0
    assert r.returncode == 0, r.stderr
    clean_hash = sha(canonical(clean))

    rnd = random.Random(SEED)
    delays = [round(rnd.uniform(0.05, full * 0.95), 3) for _ in range(KILLS)]
    tried = intact = finished_first = 0
    partial_states = set()
    problems_all: list[str] = []
    reruns_equal = 0
    store = None
    for i, delay in enumerate(delays):
        if i % GROUP == 0:
            store = tmp_path / f"store-{i // GROUP}"
        proc = popen_kg("build", corpus, "--store", store)
        time.sleep(delay)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        else:
            finished_first += 1
        proc.communicate(timeout=60)
        tried += 1
        present, problems = check_store(store, expected)
        partial_states.add(present)
        if problems:
            problems_all.extend(f"kill {i} at {delay}s: {p}" for p in problems[:5])
        else:
            intact += 1
        if i % GROUP == GROUP - 1:
            lock = store / "write.lock"
            r = run_kg("build", corpus, "--store", store)  # the dead writer's lock must not block this
            assert r.returncode == 0, (lock.read_text() if lock.exists() else "", r.stderr)
            reruns_equal += sha(canonical(store)) == clean_hash

    figures["crash_safety"] = {
        "command": "pytest tests/reliability -q -k crash",
        "articles": N_ARTICLES, "kills_tried": tried, "stores_intact": intact,
        "kills_after_build_finished": finished_first,
        "distinct_partial_states": len(partial_states),
        "reruns_equal_to_clean_build": reruns_equal, "reruns": KILLS // GROUP,
        "failures": tried - intact + (KILLS // GROUP - reruns_equal),
        "seed": SEED,
    }
    print(json.dumps(figures["crash_safety"]))
    assert not problems_all, problems_all[:20]
    assert reruns_equal == KILLS // GROUP
    # the kills really landed mid-build: several different partial states were seen
    assert len(partial_states - {0, N_ARTICLES}) >= 3, sorted(partial_states)


def test_stale_lock_from_dead_pid_is_recovered(tmp_path):
    """A lock file naming a dead process (left by SIGKILL) does not block the next writer."""
    from kg.store import open_store

    store = tmp_path / "store"
    with open_store(store):
        pass
    (store / "write.lock").write_text(json.dumps({"pid": 999999, "host": "h", "command": "kg build x",
                                                  "since": "2025-01-01T00:00:00"}))
    with open_store(store) as st:
        assert st.article_index() == {}
    info = (store / "write.lock").read_text()
    assert info == ""  # released cleanly
