"""--as-of, --infer, kg timeline, kg validate and the network exports, on small dated corpora."""

from __future__ import annotations

import csv
import json

import networkx as nx
import pytest
from click.testing import CliRunner
from pyoxigraph import Literal, NamedNode, Quad

from analysis_helpers import SEEDS, build_store, rows_of, write_article
from kg import ontology, queries
from kg.cli import main
from kg.errors import InputError, ValidationFailed
from kg.export_graph import build_network, csv_paths, export_network
from kg.store import open_store
from kg.timeline import timeline
from kg.validate import validate_store
from kg.views import build_view, filter_as_of, run_query

D = "https://w3id.org/cnaichips/id/d/"
ACME, WIDGET, GAMMA, SPROCKET = (NamedNode(D + x) for x in ("acme", "widget-1", "gamma", "sprocket"))
DEVELOPS = NamedNode(ontology.ONTOLOGY_NS + "develops")


@pytest.fixture
def dated(tmp_path, fake_extractor):
    """a asserts, b denies (and adds Gamma's Sprocket), c asserts again."""
    d = tmp_path / "dated"
    d.mkdir()
    write_article(d, "a", "Acme develops Widget-1. Beta competesWith Delta.", date="2025-01-10")
    write_article(d, "b", "NOT Acme develops Widget-1. Gamma develops Sprocket.", date="2025-06-01")
    write_article(d, "c", "Acme develops Widget-1 again.", date="2025-09-01")
    return build_store(tmp_path / "store", [d], extractors=fake_extractor)


@pytest.fixture(scope="module")
def seeds_store(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("seeds") / "store", [SEEDS])


def facts(target) -> set[tuple[str, str]]:
    r = target.query("SELECT ?s ?o WHERE { ?s kgo:develops ?o }")
    return {(s.value.rsplit("/", 1)[-1], o.value.rsplit("/", 1)[-1]) for s, o in r.rows}


# ---------------------------------------------------------------------------------------------- as-of
def test_as_of_keeps_only_evidence_published_by_then(dated):
    with open_store(dated, read_only=True) as st:
        assert facts(st) == {("acme", "widget-1"), ("gamma", "sprocket")}
        early = build_view(st, as_of="2025-03-01")
        assert facts(early) == {("acme", "widget-1")}
        # the discovered entities of later articles are not there yet
        assert not early.query("ASK { ?s ?p ?o FILTER(?s = kgd:gamma) }").boolean
        n = early.query("SELECT (COUNT(*) AS ?n) WHERE { ?c a kgo:Claim }").rows[0][0]
        assert int(n.value) == 2  # a's two claims
        later = build_view(st, as_of="2025-06-01")  # inclusive
        assert facts(later) == {("acme", "widget-1"), ("gamma", "sprocket")}
        assert later.query("ASK { GRAPH ?g { ?c a kgo:Claim ; kgo:polarity kgo:Negative } }").boolean
        assert not later.query("ASK { ?c kgo:articleDate ?d FILTER(?d > \"2025-06-01\"^^xsd:date) }").boolean
        before = build_view(st, as_of="2024-12-31")
        assert facts(before) == set()
        assert not before.query("ASK { ?a a kgo:Article }").boolean
        # the registry is always there
        assert before.query("ASK { kgid:huawei skos:prefLabel ?l }").boolean
        # named graphs of later articles are gone too
        graphs = {g.value for g in early.named_graphs()}
        assert sum(g.startswith(ontology.ARTICLE_NS) for g in graphs) == 1


def test_as_of_denial_alone_does_not_keep_a_fact(tmp_path, fake_extractor):
    d = tmp_path / "c"
    d.mkdir()
    write_article(d, "a", "NOT Acme develops Widget-1.", date="2025-01-01")
    write_article(d, "b", "Acme develops Widget-1.", date="2025-05-01")
    spec = build_store(tmp_path / "s", [d], extractors=fake_extractor)
    with open_store(spec, read_only=True) as st:
        assert facts(build_view(st, as_of="2025-02-01")) == set()
        assert facts(build_view(st, as_of="2025-05-01")) == {("acme", "widget-1")}


def test_as_of_bad_date_and_cli(dated):
    with open_store(dated, read_only=True) as st:
        with pytest.raises(InputError):
            run_query(st, sparql="ASK {}", as_of="2025-02-30")
    runner = CliRunner()
    q = "SELECT ?s ?o WHERE { ?s kgo:develops ?o }"
    r = runner.invoke(main, ["query", q, "--as-of", "2025-03-01", "--store", dated, "--format", "csv"])
    assert r.exit_code == 0, r.output
    assert "sprocket" not in r.output and "widget-1" in r.output
    r = runner.invoke(main, ["query", q, "--as-of", "2020-01-01", "--store", dated])
    assert r.exit_code == 1
    r = runner.invoke(main, ["query", q, "--as-of", "yesterday", "--store", dated])
    assert r.exit_code == 2 and "YYYY-MM-DD" in r.output


def test_filter_as_of_is_pure(dated):
    with open_store(dated, read_only=True) as st:
        union = st.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }").triples
        kept, articles = filter_as_of(union, "2099-01-01")
    assert len(kept) == len(union) and len(articles) == 3


# ------------------------------------------------------------------------------------------ contradictions
def test_contradictions_and_timeline(dated):
    with open_store(dated, read_only=True) as st:
        r = queries.run(st, "contradictions")
        rows = [dict(zip(r.variables, row)) for row in r.rows]
        assert len(rows) == 2  # (a, b) and (c, b)
        assert {row["deniedDate"].value for row in rows} == {"2025-06-01"}
        assert {row["assertedDate"].value for row in rows} == {"2025-01-10", "2025-09-01"}
        assert all(row["inGraph"].value == "yes" for row in rows)
        events = timeline(st, "Acme")
        assert [(e.date, e.event) for e in events] == [
            ("2025-01-10", "added"), ("2025-06-01", "contradicted"), ("2025-09-01", "confirmed")]
        assert events[1].quote == "NOT Acme develops Widget-1"[4:] or "Acme develops Widget-1" in events[1].quote
        assert [e.event for e in timeline(st, "kgd:gamma")] == ["added"]
        hist = queries.run(st, "entity-history", {"entity": "Widget-1"})
        assert [row[hist.variables.index("event")].value for row in hist.rows] == ["asserted", "denied", "asserted"]
        with pytest.raises(InputError):
            timeline(st, "No Such Thing")


def test_timeline_cli_formats(dated):
    runner = CliRunner()
    r = runner.invoke(main, ["timeline", "Acme", "--store", dated])
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    assert lines[0].split()[:3] == ["date", "event", "subject"]
    assert "contradicted" in r.output and r.output.index("2025-01-10") < r.output.index("2025-09-01")
    r = runner.invoke(main, ["timeline", "Acme", "--store", dated, "--format", "json"])
    doc = json.loads(r.output)
    assert [e["event"] for e in doc] == ["added", "contradicted", "confirmed"]
    assert all(e["article"].startswith("kga:") and e["quote"] for e in doc)
    r = runner.invoke(main, ["timeline", "Acme", "--store", dated, "--format", "csv"])
    rows = list(csv.reader(r.output.splitlines()))
    assert rows[0][:2] == ["date", "event"] and len(rows) == 4
    r = runner.invoke(main, ["timeline", "nobody at all", "--store", dated])
    assert r.exit_code == 2 and "no entity" in r.output


def test_timeline_on_seeds(seeds_store):
    with open_store(seeds_store, read_only=True) as st:
        events = timeline(st, "Nvidia H20")
    assert events and [e.date for e in events] == sorted(e.date for e in events)
    assert {e.event for e in events} <= {"added", "confirmed", "hedged", "contradicted", "denied"}


# --------------------------------------------------------------------------------------------- inference
def test_infer_materialises_inverses_symmetry_and_classes(dated):
    with open_store(dated, read_only=True) as st:
        assert not st.query("ASK { kgd:widget-1 kgo:developedBy kgd:acme }").boolean
        view = build_view(st, infer=True)
        inferred = view.query(
            "SELECT ?s ?p ?o WHERE { GRAPH <https://w3id.org/cnaichips/graph/inferred> { ?s ?p ?o } }")
        got = {(s.value.rsplit("/", 1)[-1], p.value.rsplit("#", 1)[-1], o.value.rsplit("/", 1)[-1].rsplit("#", 1)[-1])
               for s, p, o in inferred.rows}
        assert ("widget-1", "developedBy", "acme") in got
        assert ("delta", "competesWith", "beta") in got  # symmetric
        assert ("acme", "type", "Organization") in got  # Company subClassOf Organization
        # nothing already in the union graph is repeated, nothing about literals or claims
        assert ("acme", "develops", "widget-1") not in got
        assert all(s.value.startswith(ontology.ENTITY_NS) for s, _, _ in inferred.rows)
        # the default graph is union + inferred
        assert view.query("ASK { kgd:widget-1 kgo:developedBy kgd:acme }").boolean
    r = CliRunner().invoke(main, ["query", "SELECT ?c WHERE { ?c kgo:developedBy kgd:acme }", "--infer",
                                  "--store", dated, "--format", "csv"])
    assert r.exit_code == 0 and "widget-1" in r.output
    r = CliRunner().invoke(main, ["query", "SELECT ?c WHERE { ?c kgo:developedBy kgd:acme }", "--store", dated])
    assert r.exit_code == 1  # off by default


def test_infer_and_as_of_together(dated):
    with open_store(dated, read_only=True) as st:
        view = build_view(st, as_of="2025-03-01", infer=True)
        assert view.query("ASK { kgd:widget-1 kgo:developedBy kgd:acme }").boolean
        assert not view.query("ASK { kgd:sprocket kgo:developedBy kgd:gamma }").boolean


def test_named_query_through_views(seeds_store):
    with open_store(seeds_store, read_only=True) as st:
        now = rows_of(queries.run(st, "chips-by-company"))
        same = rows_of(run_query(st, name="chips-by-company", as_of="2099-01-01"))
        assert {tuple(r) for r in now} == {tuple(r) for r in same}
        assert len(run_query(st, name="chips-by-company", as_of="2025-01-01").rows) == 0
        assert len(run_query(st, name="chips-by-company", infer=True).rows) == len(now)


# --------------------------------------------------------------------------------------------- validate
def test_validate_seeds_is_valid(seeds_store):
    with open_store(seeds_store, read_only=True) as st:
        report = validate_store(st)
    assert report.conforms, report.text()
    r = CliRunner().invoke(main, ["validate", "--store", seeds_store])
    assert r.exit_code == 0, r.output
    assert r.output.startswith("valid: 0 violation(s)")


def test_validate_reports_violations(dated):
    g = "https://w3id.org/cnaichips/article/ffffffffffffffff"
    G = NamedNode(g)
    rdf_type = NamedNode(str(ontology.RDF.type))
    kgo = lambda n: NamedNode(ontology.ONTOLOGY_NS + n)  # noqa: E731
    bad = [
        Quad(ACME, DEVELOPS, SPROCKET, G),  # a fact without any claim
        Quad(SPROCKET, kgo("develops"), ACME, G),  # and a domain/range violation (Chip develops Company)
        Quad(NamedNode(D + "policy-x"), rdf_type, kgo("Policy"), G),
        Quad(NamedNode(D + "policy-x"), kgo("imposedBy"), ACME, G),  # issuer must be GovernmentBody/Country
        Quad(G, rdf_type, kgo("Article"), G),
        Quad(G, kgo("contentHash"), Literal("f" * 64), G),
        Quad(G, kgo("text"), Literal("hello"), G),
        Quad(G, NamedNode(str(ontology.DCTERMS) + "language"), Literal("en"), G),
    ]
    with open_store(dated) as st:
        st.replace_article("bad-key", g, bad, content_hash="f" * 64)
    with open_store(dated, read_only=True) as st:
        report = validate_store(st)
    assert not report.conforms
    text = report.text()
    assert "asserted fact without a positive claim" in text
    assert "kgd:sprocket" in text and "imposedBy" in text
    r = CliRunner().invoke(main, ["validate", "--store", dated])
    assert r.exit_code == 1
    assert "NOT valid" in r.output and "kg: error: validation failed" in r.output
    with pytest.raises(ValidationFailed):
        raise ValidationFailed(text)


# ---------------------------------------------------------------------------------------------- exports
@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_network_round_trip(seeds_store, tmp_path, fmt):
    out = tmp_path / f"graph.{fmt}"
    with open_store(seeds_store, read_only=True) as st:
        g = build_network(st)
        assert export_network(st, fmt, out) == [str(out)]
    assert g.number_of_nodes() > 5 and g.number_of_edges() > 5
    back = nx.read_graphml(out, force_multigraph=True) if fmt == "graphml" else nx.read_gexf(out)
    assert set(back.nodes) == set(g.nodes)
    assert sorted((u, v) for u, v in back.edges()) == sorted((u, v) for u, v in g.edges())
    assert back.nodes["kgid:huawei"]["label"] == "Huawei"
    assert back.nodes["kgid:huawei"]["class"] == "Company"
    weights = {(u, v, d["predicate"]): int(d["weight"]) for u, v, d in back.edges(data=True)}
    assert weights[("kgid:huawei", "kgid:ascend-910c", "develops")] >= 1 or any(
        k[0] == "kgid:huawei" and k[2] == "develops" for k in weights)
    assert not list(tmp_path.glob(".*.tmp"))  # atomic write leaves no temp file


def test_weights_count_supporting_claims(dated, tmp_path):
    with open_store(dated, read_only=True) as st:
        g = build_network(st)
    d = g.get_edge_data("kgd:acme", "kgd:widget-1")["develops"]
    assert d["weight"] == 2 and d["sources"] == 2 and d["first_date"] == "2025-01-10"


def test_csv_export_and_cli(seeds_store, tmp_path):
    r = CliRunner().invoke(main, ["export", "--format", "csv", "-o", str(tmp_path / "net.csv"), "--store", seeds_store])
    assert r.exit_code == 0, r.output
    nodes_path, edges_path = csv_paths(tmp_path / "net.csv")
    assert nodes_path.name == "net.nodes.csv" and edges_path.name == "net.edges.csv"
    nodes = list(csv.DictReader(nodes_path.open(encoding="utf-8")))
    edges = list(csv.DictReader(edges_path.open(encoding="utf-8")))
    ids = {n["id"] for n in nodes}
    assert edges and all(e["source"] in ids and e["target"] in ids for e in edges)
    assert all(int(e["weight"]) >= 1 for e in edges)
    with open_store(seeds_store, read_only=True) as st:
        g = build_network(st)
    assert len(nodes) == g.number_of_nodes() and len(edges) == g.number_of_edges()
    for fmt in ("graphml", "gexf"):
        r = CliRunner().invoke(main, ["export", "--format", fmt, "-o", str(tmp_path / f"n.{fmt}"),
                                      "--store", seeds_store])
        assert r.exit_code == 0 and (tmp_path / f"n.{fmt}").stat().st_size > 0
