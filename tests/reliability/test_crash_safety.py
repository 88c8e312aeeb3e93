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
import shutil
import signal
import time
from pathlib import Path

import pytest

from reliability_helpers import canonical, frozen_source, make_corpus, popen_kg, run_kg, sha

N_ARTICLES = 200
KILLS = 20
GROUP = 5  # a fresh store every GROUP kills; each group ends with a full re-run
SEED = 20251129
EXTRA_KILLS = 20  # at most this many more kills when the planned ones saw too few partial states


def expected_graphs(clean_store: Path) -> dict[str, tuple[str, str, int]]:
    """source key -> (article IRI, canonical N-Quads of its graph, number of claims) in a clean build."""
    from pyoxigraph import NamedNode

    from kg.graph import RDF_TYPE, kgo, to_nquads
    from kg.store.oxigraph import OxigraphStore

    out = {}
    st = OxigraphStore(clean_store, read_only=True)
    try:
        for key, (iri, _, _) in st.article_index().items():
            quads = list(st.db.quads_for_pattern(None, None, None, NamedNode(iri)))
            claims = sum(1 for q in quads if q.predicate == RDF_TYPE and q.object == kgo("Claim"))
            out[key] = (iri, to_nquads(quads), claims)
    finally:
        st.close()
    return out


def test_clean_build_equals_in_process_extraction(tmp_path):
    """The reference used below (a clean `kg build`) holds, per article, exactly what kg.extract +
    kg.graph.article_quads give in this process."""
    from kg.extract import extract
    from kg.graph import article_quads, to_nquads
    from kg.ingest import read_paths

    corpus = tmp_path / "corpus"
    make_corpus(corpus, 12)
    assert run_kg("build", corpus, "--store", tmp_path / "clean").returncode == 0
    expected = expected_graphs(tmp_path / "clean")
    arts = [a for a in read_paths([corpus])]
    assert len(arts) == len(expected) == 12
    for art in arts:
        iri, nq, _ = expected[art.source_key]
        assert iri == art.iri and nq == to_nquads(article_quads(extract(art)))


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
    code = frozen_source(tmp_path / "code")  # every build below runs the same code

    clean = tmp_path / "clean"
    t0 = time.monotonic()
    r = run_kg("build", corpus, "--store", clean, env_extra=code)
    full = time.monotonic() - t0
    assert r.returncode == 0, r.stderr
    clean_hash = sha(canonical(clean))
    expected = expected_graphs(clean)
    assert len(expected) == N_ARTICLES and sum(c for _, _, c in expected.values()) > N_ARTICLES

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
        proc = popen_kg("build", corpus, "--store", store, env_extra=code)
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
            r = run_kg("build", corpus, "--store", store, env_extra=code)  # the dead writer's lock must not block
            assert r.returncode == 0, (lock.read_text() if lock.exists() else "", r.stderr)
            got = canonical(store)
            if sha(got) == clean_hash:
                reruns_equal += 1
            else:
                want = canonical(clean)
                extra = sorted(set(got.splitlines()) - set(want.splitlines()))
                missing = sorted(set(want.splitlines()) - set(got.splitlines()))
                problems_all.append(f"re-run after kill {i}: {len(extra)} extra, {len(missing)} missing quads; "
                                    f"extra {extra[:3]}, missing {missing[:3]}")

    # the kills must really land mid-build. The store commits in batches, so only a few partial states exist, and a
    # loaded machine can shift every planned delay onto 0 or N articles: then kill again, on fresh stores, with
    # delays spread over the build as it runs now, until three different partial states have been seen (each one
    # checked like the rest)
    extra = 0
    while len(partial_states - {0, N_ARTICLES}) < 3 and extra < EXTRA_KILLS:
        probe = tmp_path / f"extra-{extra}"
        t0 = time.monotonic()
        r = run_kg("build", corpus, "--store", probe, env_extra=code)
        now_full = time.monotonic() - t0
        assert r.returncode == 0, r.stderr
        shutil.rmtree(probe)
        proc = popen_kg("build", corpus, "--store", probe, env_extra=code)
        time.sleep(round(rnd.uniform(0.15, 0.9) * now_full, 3))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.communicate(timeout=60)
        present, problems = check_store(probe, expected)
        partial_states.add(present)
        problems_all.extend(f"extra kill {extra}: {p}" for p in problems[:5])
        tried += 1
        intact += not problems
        extra += 1

    figures["crash_safety"] = {
        "command": "pytest tests/reliability -q -k crash",
        "articles": N_ARTICLES, "kills_tried": tried, "stores_intact": intact,
        "kills_after_build_finished": finished_first,
        "distinct_partial_states": len(partial_states),
        "reruns_equal_to_clean_build": reruns_equal, "reruns": KILLS // GROUP,
        "failures": tried - intact + (KILLS // GROUP - reruns_equal), "extra_kills": extra,
        "seed": SEED,
    }
    print(json.dumps(figures["crash_safety"]))
    assert not problems_all, "\n".join(problems_all[:20])
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


def test_killed_while_creating_the_database(tmp_path, cli):
    """A writer killed while RocksDB creates a new database leaves only `oxigraph.creating/` (the database is
    renamed into place when complete): readers see "no store", the next build starts afresh."""
    from reliability_helpers import write_md

    from kg.store.oxigraph import CREATING_DIR, DATA_DIR

    store = tmp_path / "store"
    half = store / CREATING_DIR
    half.mkdir(parents=True)
    (half / "CURRENT").write_text("MANIFEST-000001\n")  # what a killed creation can leave behind
    (half / "IDENTITY").write_text("x")
    (store / "write.lock").write_text('{"pid": 999999, "host": "h", "command": "kg build", "since": "x"}')
    r = cli("query", "--store", store, "ASK { ?s ?p ?o }")
    assert r.exit_code == 2 and "no store" in r.stderr, r.output
    write_md(tmp_path / "in", "a", "Huawei develops the Ascend 910C.")
    r = cli("build", tmp_path / "in", "--store", store)
    assert r.exit_code == 0, r.output
    assert (store / DATA_DIR).is_dir() and not half.exists()
    assert cli("query", "--store", store, "ASK { ?s a kgo:Article }").exit_code == 0


def test_python_dash_m_entry_point(tmp_path):
    """`python -m kg.cli build` (used by scripts that kill and restart builds) works like the `kg` script."""
    import subprocess
    import sys

    from reliability_helpers import kg_env, write_md

    write_md(tmp_path / "in", "a", "Huawei develops the Ascend 910C.")
    r = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(tmp_path / "in"), "--store",
                        str(tmp_path / "store")], capture_output=True, text=True, env=kg_env(), timeout=120)
    assert r.returncode == 0 and "read 1" in r.stdout, r.stderr
