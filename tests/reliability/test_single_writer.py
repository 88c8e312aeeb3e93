"""One writer (issue 6, part 5): a second writer fails at once naming the holder; readers are unaffected."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from reliability_helpers import canonical, kg_env, make_corpus, run_kg

HOLDER = r"""
import sys
from kg.store import open_store
st = open_store(sys.argv[1])
n = len(st.query("SELECT * WHERE { ?s ?p ?o } LIMIT 5", timeout_s=10))  # the forked query worker
print("ready", n, flush=True)
sys.stdin.read()  # hold the lock until the test closes stdin
st.close()
print("released", flush=True)
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    d = tmp_path_factory.mktemp("writer")
    make_corpus(d / "corpus", 6)
    r = run_kg("build", d / "corpus", "--store", d / "store")
    assert r.returncode == 0, r.stderr
    return d


@pytest.fixture
def holder(built):
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(built / "store")], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=kg_env())
    line = proc.stdout.readline()
    assert line.startswith("ready 5"), (line, proc.stderr.read() if proc.poll() is not None else "")
    yield proc
    proc.stdin.close()
    assert proc.stdout.readline().strip() == "released"
    proc.wait(timeout=30)


def test_second_writer_fails_at_once_naming_holder(built, holder, figures):
    store = built / "store"
    before = canonical(store)
    more = built / "more"
    make_corpus(more, 3, seed=7)
    results = {}
    for args in (["build", more, "--store", store], ["remove", "art-000", "--store", store],
                 ["build", built / "corpus", "--store", store, "--prune"]):
        t0 = time.monotonic()
        r = run_kg(*args, timeout=60)
        elapsed = time.monotonic() - t0
        results[args[0] + ("-prune" if "--prune" in args else "")] = round(elapsed, 2)
        assert r.returncode == 2, r
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1, r.stderr
        assert f"pid {holder.pid}" in lines[0] and "locked" in lines[0], lines[0]
        assert "-c" in lines[0]  # the holder's command line
        assert elapsed < 15  # fails at once (process start-up only), never waits for the holder
    assert canonical(store) == before
    figures["single_writer"] = {"command": "pytest tests/reliability -q -k writer",
                                "second_writer_attempts": len(results), "refused": len(results),
                                "seconds": results, "failures": 0}


def test_readers_unaffected_while_writer_holds(built, holder):
    store = built / "store"
    r = run_kg("query", "--store", store, "SELECT ?s WHERE { ?s a kgo:Article }")
    assert r.returncode == 0 and r.stdout.count("kga:") == 6, r
    r = run_kg("query", "--store", store, "--timeout", "10", "ASK { ?s a kgo:Claim }")
    assert r.returncode == 0, r
    assert run_kg("stats", "--store", store).returncode == 0
    out = built / "while-locked.nq"
    assert run_kg("export", "--store", store, "--format", "nquads", "-o", out).returncode == 0
    assert out.stat().st_size > 0
    from kg.store import open_store

    with open_store(store, read_only=True) as st:  # in-process reader too
        assert len(st.query("SELECT ?a WHERE { ?a a kgo:Article }")) == 6
        assert len(st.query("SELECT ?a WHERE { ?a a kgo:Article }", timeout_s=5)) == 6


def test_same_process_second_writer_refused(tmp_path):
    from kg.errors import StoreLockedError
    from kg.store import open_store

    with open_store(tmp_path / "s") as st:
        with pytest.raises(StoreLockedError, match=f"pid {os.getpid()}"):
            open_store(tmp_path / "s")
        st.query("ASK { ?s ?p ?o }", timeout_s=5)  # a forked query worker must not release the lock
        with pytest.raises(StoreLockedError):
            open_store(tmp_path / "s")
    with open_store(tmp_path / "s"):  # released on close
        pass


@pytest.mark.slow
def test_readers_during_an_active_build(tmp_path, figures):
    """While `kg build` writes 300 articles, readers keep opening the store and querying it; a reader opened
    before the build keeps answering from its snapshot. None of them fails."""
    from reliability_helpers import popen_kg

    from kg.store import open_store

    make_corpus(tmp_path / "first", 20, seed=1)
    make_corpus(tmp_path / "second", 300, seed=2)
    store = tmp_path / "store"
    assert run_kg("build", tmp_path / "first", "--store", store).returncode == 0
    held = open_store(store, read_only=True)
    proc = popen_kg("build", tmp_path / "second", "--store", store)
    opens = queries = 0
    errors: list[str] = []
    counts = set()
    try:
        while proc.poll() is None:
            try:
                with open_store(store, read_only=True) as st:
                    counts.add(len(st.query("SELECT ?a WHERE { ?a a kgo:Article }")))
                opens += 1
            except Exception as e:  # noqa: BLE001 - counted and reported
                errors.append(f"fresh reader: {e}")
            try:
                assert len(held.query("SELECT ?a WHERE { ?a a kgo:Article }", timeout_s=30)) == 20
                queries += 1
            except Exception as e:  # noqa: BLE001
                errors.append(f"held reader: {e}")
    finally:
        held.close()
    assert proc.wait(60) == 0
    figures["readers_during_build"] = {"command": "pytest tests/reliability -q -k readers_during",
                                       "fresh_reader_opens": opens, "held_reader_queries": queries,
                                       "failures": len(errors)}
    assert not errors, errors[:5]
    assert opens >= 3 and len(counts) >= 1
