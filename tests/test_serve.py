"""kg serve over HTTP (urllib against a server on a free loopback port): SPARQL protocol, formats,
read-only refusals, time limit, row cap, entity pages and IRI dereferencing."""

from __future__ import annotations

import csv
import io
import json
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

import pytest

from kg.serve import make_server, start_in_thread
from vizkit import PAYLOADS, payload_store, seed_store  # noqa: F401 (fixtures)

SELECT = "SELECT ?c ?l WHERE { ?c a kgo:Company ; skos:prefLabel ?l . FILTER(LANG(?l) = 'en') } ORDER BY ?c LIMIT 5"
CONSTRUCT = "CONSTRUCT { ?s kgo:develops ?o } WHERE { ?s kgo:develops ?o }"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def server(seed_store):
    srv = make_server(seed_store, "127.0.0.1", 0, max_rows=50, timeout_s=2.0, workers=2, quiet=True)
    start_in_thread(srv)
    yield srv
    srv.shutdown()
    srv.server_close()


def fetch(url, *, data=None, headers=None, method=None):
    """(status, headers, body text) without raising on HTTP errors."""
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, r.headers, r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read().decode("utf-8")


def get_query(server, query, accept=None, **params):
    qs = urllib.parse.urlencode({"query": query, **params})
    return fetch(f"{server.url}/sparql?{qs}", headers={"Accept": accept} if accept else {})


def test_binds_loopback_by_default(seed_store):
    srv = make_server(seed_store, port=0, quiet=True)
    try:
        assert srv.server_address[0] == "127.0.0.1"
    finally:
        srv.server_close()


def test_select_in_every_format(server):
    st, h, body = get_query(server, SELECT, "application/sparql-results+json")
    assert st == 200 and h["Content-Type"].startswith("application/sparql-results+json")
    doc = json.loads(body)
    assert doc["head"]["vars"] == ["c", "l"] and len(doc["results"]["bindings"]) == 5
    first = doc["results"]["bindings"][0]
    assert first["c"]["type"] == "uri" and first["l"]["xml:lang"] == "en"

    st, h, body = get_query(server, SELECT, "text/csv")
    assert st == 200 and h["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(body)))
    assert rows[0] == ["c", "l"] and len(rows) == 6

    st, h, body = get_query(server, SELECT, "text/tab-separated-values")
    assert st == 200 and h["Content-Type"].startswith("text/tab-separated-values")
    lines = body.splitlines()
    assert lines[0] == "?c\t?l" and lines[1].startswith("<https://w3id.org/cnaichips/id/") and '"@en' in lines[1]

    st, h, body = get_query(server, SELECT, "application/sparql-results+xml")
    assert st == 200 and h["Content-Type"].startswith("application/sparql-results+xml")
    ns = {"s": "http://www.w3.org/2005/sparql-results#"}
    root = ET.fromstring(body.encode("utf-8"))
    assert [v.get("name") for v in root.findall("s:head/s:variable", ns)] == ["c", "l"]
    assert len(root.findall("s:results/s:result", ns)) == 5

    # format= overrides Accept; browsers' */* gets JSON
    st, h, _ = get_query(server, SELECT, "text/csv", format="json")
    assert h["Content-Type"].startswith("application/sparql-results+json")
    st, h, _ = get_query(server, SELECT, "*/*")
    assert st == 200 and h["Content-Type"].startswith("application/sparql-results+json")


def test_ask_and_construct(server):
    st, _, body = get_query(server, "ASK { ?s a kgo:Chip }", "application/sparql-results+json")
    assert st == 200 and json.loads(body)["boolean"] is True
    st, _, body = get_query(server, "ASK { ?s a kgo:Chip }", "application/sparql-results+xml")
    assert "<boolean>true</boolean>" in body
    st, h, body = get_query(server, CONSTRUCT, "text/turtle")
    assert st == 200 and h["Content-Type"].startswith("text/turtle") and "kgo:develops" in body
    st, h, body = get_query(server, CONSTRUCT, "application/n-triples")
    assert st == 200 and h["Content-Type"].startswith("application/n-triples")
    assert body.splitlines()[0].endswith(" .") and "<https://w3id.org/cnaichips/ontology#develops>" in body
    st, h, _ = get_query(server, CONSTRUCT, "application/sparql-results+json")  # graph result: Turtle
    assert h["Content-Type"].startswith("text/turtle")


def test_post_forms(server):
    st, h, body = fetch(f"{server.url}/sparql", data=SELECT.encode("utf-8"),
                        headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"})
    assert st == 200 and len(body.splitlines()) == 6
    form = urllib.parse.urlencode({"query": SELECT}).encode("ascii")
    st, h, body = fetch(f"{server.url}/sparql", data=form,
                        headers={"Content-Type": "application/x-www-form-urlencoded",
                                 "Accept": "application/sparql-results+json"})
    assert st == 200 and len(json.loads(body)["results"]["bindings"]) == 5
    st, _, _ = fetch(f"{server.url}/sparql", data=b"x", headers={"Content-Type": "text/plain"})
    assert st == 415
    st, _, _ = fetch(f"{server.url}/sparql", headers={"Accept": "application/json"})
    assert st == 400


@pytest.mark.parametrize("query", [
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "LOAD <http://example.org/data.ttl>",
    "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { \\u0053ERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "\\u0049NSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "SELECT * FROM <http://example.org/remote> WHERE { ?s ?p ?o }",
])
def test_unsafe_queries_refused(server, query):
    st, _, body = get_query(server, query)
    assert st == 403 and "refused" in body
    st, _, body = fetch(f"{server.url}/sparql", data=query.encode("utf-8"),
                        headers={"Content-Type": "application/sparql-query"})
    assert st == 403 and "refused" in body


def test_update_requests_refused(server):
    upd = b"INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    st, _, body = fetch(f"{server.url}/sparql", data=upd, headers={"Content-Type": "application/sparql-update"})
    assert st == 403 and "read-only" in body
    form = urllib.parse.urlencode({"update": upd.decode()}).encode()
    st, _, body = fetch(f"{server.url}/sparql", data=form,
                        headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert st == 403
    st, _, _ = fetch(f"{server.url}/sparql", data=b"", method="PUT")
    assert st == 405
    # the store is unchanged
    st, _, body = get_query(server, "ASK { <urn:a> <urn:b> <urn:c> }", "application/json")
    assert json.loads(body)["boolean"] is False


def test_malformed_query_gets_400_with_line_and_column(server):
    st, _, body = get_query(server, "SELECT ?s WHERE {\n  ?s ?p \n}")
    assert st == 400 and "line" in body and "column" in body
    st, _, body = get_query(server, "SELECT ?s WHERE {\n  ?s ?p \n}", format="html")
    assert st == 400 and "<textarea" in body and "line" in body


def test_row_cap(server):
    st, h, body = get_query(server, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }", "application/json")
    assert st == 200 and len(json.loads(body)["results"]["bindings"]) == 50
    assert h["X-KG-Truncated"].startswith("first 50 of ")


def test_time_limit_stops_query_and_server_recovers(server):
    t0 = time.monotonic()
    st, _, body = get_query(server, SLOW, "application/json")
    took = time.monotonic() - t0
    assert st == 503 and "time limit" in body
    assert took < 15
    assert server.pool.killed >= 1
    st, _, body = get_query(server, "ASK { ?s ?p ?o }", "application/json")
    assert st == 200 and json.loads(body)["boolean"] is True


def test_query_page_and_html_results(server):
    st, h, body = fetch(f"{server.url}/sparql", headers={"Accept": "text/html"})
    assert st == 200 and h["Content-Type"].startswith("text/html") and "<textarea" in body
    st, h, body = get_query(server, SELECT, "text/html", format="html")
    assert st == 200 and '<div id="results">' in body and "<td>" in body


def test_graph_page(server):
    st, h, body = fetch(f"{server.url}/", headers={"Accept": "text/html"})
    assert st == 200 and 'id="kg-data"' in body and "Content-Security-Policy" in body
    assert '"url":"/entity/huawei"' in body
    st, _, body = fetch(f"{server.url}/?focus=Huawei&depth=1&lang=zh")
    assert st == 200 and "华为" in body
    st, _, body = fetch(f"{server.url}/?focus=nothing-like-this")
    assert st == 400


def test_entity_pages_and_dereferencing(server):
    st, h, body = fetch(f"{server.url}/entity/huawei")
    assert st == 200 and h["Content-Type"].startswith("text/html")
    assert "<h1>Huawei" in body and "华为" in body and "develops" in body and "<blockquote>" in body
    assert "wikidata.org/entity/Q" in body
    st, h, body = fetch(f"{server.url}/id/huawei", headers={"Accept": "text/turtle"})
    assert st == 200 and h["Content-Type"].startswith("text/turtle") and "skos:prefLabel" in body
    assert h["Vary"] == "Accept"
    st, h, body = fetch(f"{server.url}/id/huawei", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert st == 200 and h["Content-Type"].startswith("text/html") and "<h1>Huawei" in body
    st, h, body = fetch(f"{server.url}/id/huawei", headers={"Accept": "application/n-triples"})
    assert st == 200 and h["Content-Type"].startswith("application/n-triples")
    # discovered entities live under /id/d/
    st, h, body = fetch(f"{server.url}/sparql?" + urllib.parse.urlencode(
        {"query": "SELECT ?s WHERE { ?s kgo:provisional true } ORDER BY ?s LIMIT 1"}), headers={"Accept": "text/csv"})
    iri = body.splitlines()[1]
    slug = iri.split("/id/", 1)[1]
    assert slug.startswith("d/")
    st, h, body = fetch(f"{server.url}/id/{slug}", headers={"Accept": "text/turtle"})
    assert st == 200 and "provisional" in body
    st, h, body = fetch(f"{server.url}/id/{slug}")
    assert st == 200 and "provisional" in body
    st, _, body = fetch(f"{server.url}/entity/no-such-entity-here")
    assert st == 404
    st, _, body = fetch(f"{server.url}/entity/%3Cscript%3Ealert(1)%3C%2Fscript%3E")
    assert st == 404 and "<script>" not in body
    st, _, body = fetch(f"{server.url}/nowhere/<b>x</b>", headers={"Accept": "text/html"})
    assert st == 404 and "<b>x</b>" not in body


def test_entity_page_escapes_payloads(payload_store):
    srv = make_server(payload_store, "127.0.0.1", 0, quiet=True)
    start_in_thread(srv)
    try:
        st, _, body = fetch(f"{srv.url}/entity/d/alibaba-chip-unnamed")
        assert st == 200
        for p in PAYLOADS:
            assert p not in body
        assert "&lt;script&gt;window.__kgPwned=1&lt;/script&gt;" in body
        assert 'href="javascript:' not in body
        st, _, body = fetch(f"{srv.url}/")
        assert st == 200 and all(p not in body for p in PAYLOADS)
        st, _, body = get_query(srv, "SELECT ?q WHERE { ?c kgo:quote ?q }", format="html")
        assert st == 200 and all(p not in body for p in PAYLOADS) and "&lt;img src=x" in body
    finally:
        srv.shutdown()
        srv.server_close()


def test_cli_serve_registered():
    from click.testing import CliRunner

    from kg.cli import main

    r = CliRunner().invoke(main, ["serve", "--help"])
    assert r.exit_code == 0 and "--max-rows" in r.output and "127.0.0.1" in r.output
