"""kg.store: embedded Oxigraph store (union graph, replace/remove/prune, lock, queries, export)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from pyoxigraph import Literal, NamedNode

from kg.errors import QueryError, StoreError, StoreLockedError, UnsafeQueryError
from kg.graph import article_quads
from kg.model import Article, Claim, Entity, ExtractionResult
from kg.store import open_store

D = "https://w3id.org/cnaichips/id/d/"
KGO = "https://w3id.org/cnaichips/ontology#"


def make(key: str, text: str, facts: list[tuple[str, str, str]]) -> ExtractionResult:
    art = Article(text=text, lang="en", source_key=key, date="2025-01-02", title=key)
    r = ExtractionResult(art)
    for s, p, o in facts:
        for name, cls in ((s, "Company"), (o, "Chip")):
            r.entities[D + name] = Entity(D + name, cls, labels=(("en", name),), provisional=True)
        i = text.find(s)
        r.claims.append(Claim(D + s, p, D + o, i, i + len(s)))
    return r


def put(store, r: ExtractionResult):
    return store.replace_article(r.article.source_key, r.article.iri, article_quads(r),
                                 content_hash=r.article.content_hash, extractor_version="t@1")


def count(store, s, p, o) -> int:
    res = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ <{D}{s}> kgo:{p} <{D}{o}> }}")
    return int(res.rows[0][0].value)


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "store") as st:
        yield st


def test_replace_keeps_only_new_facts(store):
    put(store, make("k1", "acme builds w1", [("acme", "develops", "w1")]))
    assert count(store, "acme", "develops", "w1") == 1
    r2 = make("k1", "acme builds w2 now", [("acme", "develops", "w2")])
    put(store, r2)
    assert count(store, "acme", "develops", "w1") == 0
    assert count(store, "acme", "develops", "w2") == 1
    idx = store.article_index()
    assert idx == {"k1": (r2.article.iri, r2.article.content_hash, "t@1")}
    graphs = {r[0].value for r in store.query(
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?a a kgo:Article } }").rows}
    assert r2.article.iri in graphs and len([g for g in graphs if "/article/" in g]) == 1


def test_union_deduplicated_and_maintained(store):
    a = make("a", "acme w1 (a)", [("acme", "develops", "w1")])
    b = make("b", "acme w1 (b)", [("acme", "develops", "w1")])
    put(store, a)
    put(store, b)
    assert count(store, "acme", "develops", "w1") == 1  # counted once in the default (union) graph
    res = store.query(f"SELECT ?g WHERE {{ GRAPH ?g {{ <{D}acme> kgo:develops <{D}w1> }} "
                      f"FILTER(STRSTARTS(STR(?g), 'https://w3id.org/cnaichips/article/')) }}")
    assert len(res.rows) == 2
    # claims are visible without GRAPH clauses
    assert len(store.query("SELECT ?c WHERE { ?c a kgo:Claim }").rows) == 2
    store.remove_article("a")
    assert count(store, "acme", "develops", "w1") == 1
    assert len(store.query("SELECT ?c WHERE { ?c a kgo:Claim }").rows) == 1
    store.remove_article(b.article.iri)
    assert count(store, "acme", "develops", "w1") == 0
    assert store.query(f"ASK {{ <{D}acme> ?p ?o }}").boolean is False
    assert store.article_index() == {}


def test_union_equals_union_of_source_graphs(store):
    put(store, make("a", "acme w1", [("acme", "develops", "w1"), ("beta", "competesWith", "w1")]))
    put(store, make("b", "acme w1 again", [("acme", "develops", "w1")]))
    put(store, make("a", "acme w1 changed", [("acme", "develops", "w1")]))
    union = {tuple(map(str, r)) for r in store.query(
        "SELECT ?s ?p ?o WHERE { GRAPH kg:union { ?s ?p ?o } }".replace(
            "kg:union", "<https://w3id.org/cnaichips/graph/union>")).rows}
    sources = {tuple(map(str, r)) for r in store.query(
        "SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g NOT IN ("
        "<https://w3id.org/cnaichips/graph/union>, <https://w3id.org/cnaichips/graph/ontology>)) }").rows}
    assert union == sources
    assert count(store, "beta", "competesWith", "w1") == 0


def test_remove_unknown_and_prune(store):
    for k in ("a", "b", "c"):
        put(store, make(k, f"acme {k}", [("acme", "develops", "w" + k)]))
    with pytest.raises(StoreError):
        store.remove_article("nope")
    assert store.prune(["b"]) == ["a", "c"]
    assert set(store.article_index()) == {"b"}
    assert count(store, "acme", "develops", "wa") == 0 and count(store, "acme", "develops", "wb") == 1


def test_registry_and_ontology_loaded(store):
    from kg.store import Store

    assert isinstance(store, Store)
    graphs = {g.value for g in store.db.named_graphs()}
    assert "https://w3id.org/cnaichips/graph/ontology" in graphs
    n = store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/cnaichips/graph/ontology> "
                    "{ ?s ?p ?o } }").rows[0][0]
    assert int(n.value) > 0


def test_second_writer_fails_at_once_reader_works(tmp_path):
    path = tmp_path / "store"
    with open_store(path) as w:
        put(w, make("a", "acme w1", [("acme", "develops", "w1")]))
        w.db.flush()
        with pytest.raises(StoreLockedError) as ei:
            open_store(path)
        assert str(os.getpid()) in str(ei.value)
        # another process: the writer check fails at once, a read-only open works meanwhile
        code = ("import sys, time\nfrom kg.store import open_store\nfrom kg.errors import StoreLockedError\n"
                "t=time.time()\ntry:\n    open_store(sys.argv[1])\nexcept StoreLockedError as e:\n"
                "    print('LOCKED', round(time.time()-t, 1), e)\n"
                "r = open_store(sys.argv[1], read_only=True)\n"
                "print('ROWS', len(r.query('SELECT ?c WHERE { ?c a kgo:Claim }').rows))\n")
        out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=60)
        assert "LOCKED" in out.stdout, out.stderr
        assert f"pid {os.getpid()}" in out.stdout
        assert float(out.stdout.split()[1]) < 5
        assert "ROWS 1" in out.stdout
    with open_store(path) as again:  # lock released on close
        assert "a" in again.article_index()


def test_read_only_missing_store(tmp_path):
    with pytest.raises(StoreError):
        open_store(tmp_path / "none", read_only=True)
    with pytest.raises(StoreError):
        open_store("http://example.org/sparql")


def test_read_only_refuses_writes(tmp_path):
    open_store(tmp_path / "s").close()
    with open_store(tmp_path / "s", read_only=True) as r:
        with pytest.raises(StoreError):
            put(r, make("a", "acme w1", [("acme", "develops", "w1")]))


@pytest.mark.parametrize("q", [
    "INSERT DATA { <http://a> <http://b> <http://c> }",
    "DROP ALL",
    "LOAD <http://example.org/x.ttl>",
    "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { \\u0053ERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { \\U00000053ervice <http://example.org/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { sErViCe <http://example.org/sparql> { ?s ?p ?o } }",
    "SELECT * FROM <http://example.org/remote.ttl> WHERE { ?s ?p ?o }",
    "SELECT * FROM NAMED <http://example.org/remote.ttl> WHERE { GRAPH ?g { ?s ?p ?o } }",
    "PREFIX ex: <http://example.org/>\nSELECT * FROM ex:remote WHERE { ?s ?p ?o }",
    "SELECT * WHERE { ?s ?p ?o } ;\n# comment\nDELETE WHERE { ?s ?p ?o }",
])
def test_unsafe_queries_refused(store, q):
    with pytest.raises(UnsafeQueryError):
        store.query(q)


@pytest.mark.parametrize("q", [
    'SELECT ?s WHERE { ?s ?p "SERVICE DROP INSERT" }',
    "SELECT ?s WHERE { ?s ?p ?o } # DELETE everything\n",
    "SELECT ?s WHERE { ?s <http://example.org/load> ?o }",
    "SELECT ?insert WHERE { ?insert ?p ?o }",
    "SELECT * FROM <https://w3id.org/cnaichips/graph/union> WHERE { ?s ?p ?o }",
])
def test_safe_queries_allowed(store, q):
    store.query(q)


def test_malformed_query_line_and_column(store):
    with pytest.raises(QueryError) as ei:
        store.query("SELECT ?s\nWHERE {\n  ?s ?p \n}")
    assert ei.value.line == 4 and ei.value.column is not None
    assert "line 4" in str(ei.value)


def test_params_bound_as_terms_not_pasted(store):
    put(store, make("a", "acme w1", [("acme", "develops", "w1")]))
    q = "SELECT ?o WHERE { ?s kgo:develops ?o }"
    rows = store.query(q, params={"s": f"<{D}acme>"}).rows
    assert [r[0].value for r in rows] == [D + "w1"]
    assert store.query(q, params={"s": "kgid:d/acme"}).rows == rows
    # a hostile value is one literal, not query text
    evil = f"<{D}acme> }} ; DROP ALL ; SELECT * {{"
    with pytest.raises(QueryError):
        store.query(q, params={"s": evil})
    assert store.query(q, params={"s": "x } UNION { ?s ?p ?o"}).rows == []
    assert store.query("SELECT ?s WHERE { ?s skos:prefLabel ?l }", params={"l": '"acme"@en'}).rows
    assert store.query("SELECT ?s WHERE { ?s skos:prefLabel ?l }", params={"l": "acme"}).rows == []
    assert count(store, "acme", "develops", "w1") == 1


def test_timeout(store):
    from kg.errors import QueryTimeoutError

    store.db.extend([__import__("pyoxigraph").Quad(NamedNode(f"http://x/{i}"), NamedNode("http://x/p"),
                                                    Literal(str(i)), NamedNode(store.UNION))
                     for i in range(2000)])
    with pytest.raises(QueryTimeoutError):
        store.query("SELECT (COUNT(*) AS ?n) WHERE { ?a <http://x/p> ?x . ?b <http://x/p> ?y . "
                    "?c <http://x/p> ?z }", timeout_s=0.2)


@pytest.mark.parametrize("fmt", ["turtle", "trig", "nquads", "jsonld"])
def test_export_atomic_and_deterministic(store, tmp_path, fmt):
    put(store, make("a", "acme w1 \"quoted\" \\u0022 back\\slash\nnewline 芯片", [("acme", "develops", "w1")]))
    out = tmp_path / "out"
    out.mkdir()
    store.export(fmt, str(out / "g1"))
    store.export(fmt, str(out / "g2"))
    assert sorted(os.listdir(out)) == ["g1", "g2"]  # no temp files left behind
    data = (out / "g1").read_bytes()
    assert data == (out / "g2").read_bytes() and data
    if fmt == "jsonld":
        json.loads(data)
    else:
        import pyoxigraph

        quads = list(pyoxigraph.parse(data, format={"turtle": pyoxigraph.RdfFormat.TURTLE,
                                                    "trig": pyoxigraph.RdfFormat.TRIG,
                                                    "nquads": pyoxigraph.RdfFormat.N_QUADS}[fmt]))
        texts = [q.object.value for q in quads if q.predicate == NamedNode(KGO + "text")]
        assert texts == ["acme w1 \"quoted\" \\u0022 back\\slash\nnewline 芯片"] * (1 if fmt == "turtle" else 2)


def test_stats(store):
    put(store, make("a", "acme w1", [("acme", "develops", "w1")]))
    put(store, make("b", "acme w1 w2", [("acme", "develops", "w1"), ("acme", "develops", "w2")]))
    s = store.stats()
    assert s["articles"] == 2 and s["claims"] == 3 and s["facts"] == 2
    assert s["by_class"]["kgo:Article"] == 2
    assert s["by_language"] == {"en": 2}
    assert s["by_predicate"]["kgo:develops"] >= 2
    per = {a["source_key"]: a for a in s["per_article"]}
    assert per["b"]["facts"] == 2 and per["b"]["claims"] == 2 and per["a"]["facts"] == 1
