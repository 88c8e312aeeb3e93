"""Unsafe SPARQL (issue 6, part 8): refused before anything runs, no connection attempted, time limits
really stop a query, malformed queries report line and column, --param binds terms (never pasted)."""

from __future__ import annotations

import glob
import os
import resource
import socket
import threading
import time

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from reliability_helpers import make_corpus, run_kg

CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


class Listener:
    """A TCP listener on 127.0.0.1 that counts connection attempts."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/sparql"
        self.count = 0
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.count += 1
            conn.close()

    def settle(self, wait: float = 0.05) -> int:
        time.sleep(wait)  # Oxigraph connects before the query returns; the accept thread needs a moment
        return self.count


@pytest.fixture(scope="module")
def listener():
    lst = Listener()
    yield lst
    lst.sock.close()


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from click.testing import CliRunner

    from kg.cli import main

    d = tmp_path_factory.mktemp("sparql")
    make_corpus(d / "corpus", 6)
    r = CliRunner().invoke(main, ["build", str(d / "corpus"), "--store", str(d / "store")])
    assert r.exit_code == 0, r.output
    return d / "store"


def test_listener_sees_a_raw_oxigraph_service_call(listener):
    """Control: without kg's check, Oxigraph does open a connection for SERVICE (so 0 below means something)."""
    import pyoxigraph as ox

    before = listener.count
    with pytest.raises(Exception):
        list(ox.Store().query(f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"))
    assert listener.settle() == before + 1


def unsafe_queries(url: str, port: int) -> list[str]:
    esc_url = url.replace(":", "\\u003A", 1)
    return [
        f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"select * where {{ service <{url}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ sErViCe SILENT <{url}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ ?x ?y ?z .SERVICE<{url}>{{?s ?p ?o}} }}",
        f"SELECT * WHERE {{ \\u0053ERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ \\U00000053\\u0065rvice <{url}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ SERVICE <{esc_url}> {{ ?s ?p ?o }} }}",
        f'SELECT * WHERE {{ BIND("\\u0022" AS ?x) SERVICE <{url}> {{ ?s ?p ?o }} }} # "',
        f'SELECT * WHERE {{ BIND("a\\"" AS ?x) SERVICE <{url}> {{ ?s ?p ?o }} }}',
        f"SELECT * WHERE {{ ?s ?p ?o # comment\rSERVICE <{url}> {{ ?a ?b ?c }}\n}}",
        f"SELECT * WHERE {{ BIND('#' AS ?x) SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"PREFIX ex: <http://127.0.0.1:{port}/> SELECT * WHERE {{ SERVICE ex:sparql {{ ?s ?p ?o }} }}",
        f"LOAD <{url}>",
        f"load silent <{url}> INTO GRAPH <urn:g>",
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "insert data { <urn:a> <urn:b> <urn:c> }",
        "\\u0049NSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "DELETE WHERE { ?s ?p ?o }",
        "WITH <urn:g> DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }",
        "DROP ALL", "drop silent graph <urn:g>", "CLEAR DEFAULT", "CREATE GRAPH <urn:g>",
        "ADD DEFAULT TO <urn:g>", "MOVE DEFAULT TO <urn:g>", "COPY DEFAULT TO <urn:g>",
        "SELECT * WHERE { ?s ?p ?o } ; DROP ALL",
        f"SELECT * FROM <{url}> WHERE {{ ?s ?p ?o }}",
        f"SELECT * FROM NAMED <{url}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
        f"select * from <{esc_url}> where {{ ?s ?p ?o }}",
        f"PREFIX ex: <http://127.0.0.1:{port}/> SELECT * FROM ex:data WHERE {{ ?s ?p ?o }}",
        "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
    ]


def test_unsafe_queries_refused_without_connecting(store, listener, cli, figures):
    queries = unsafe_queries(listener.url, listener.port)
    before = listener.count
    refused = 0
    for q in queries:
        r = cli("query", "--store", store, q)
        assert r.exit_code == 2, (q, r.output)
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("kg: error: refused"), (q, r.stderr)
        refused += 1
    # the real CLI in a fresh process, a few of them
    for q in queries[:3] + queries[7:10]:
        r = run_kg("query", "--store", store, q)
        assert r.returncode == 2 and "refused" in r.stderr, (q, r.stderr)
    assert listener.settle() == before, "a connection was attempted"
    figures["unsafe_sparql"] = {"command": "pytest tests/reliability -q -k sparql", "queries": len(queries),
                                "refused": refused, "connections_attempted": listener.count - before,
                                "failures": len(queries) - refused}


def test_allowed_from_and_lookalikes_still_work(store, cli):
    ok = [
        "SELECT ?service WHERE { ?service a kgo:Company } LIMIT 1",  # a variable, not the keyword
        "SELECT * WHERE { ?s rdfs:label 'SERVICE <http://example.org/> { }' } LIMIT 1",
        "SELECT ?s FROM <https://w3id.org/cnaichips/graph/union> WHERE { ?s a kgo:Company } LIMIT 1",
        "SELECT ?s WHERE { ?s a kgo:Company # SERVICE <http://127.0.0.1:1/> {}\n} LIMIT 1",
    ]
    for q in ok:
        r = cli("query", "--store", store, q)
        assert r.exit_code in (0, 1), (q, r.output)
        assert "refused" not in r.output


FRAGMENTS = ["SERVICE", "service", "\\u0053ERVICE", "SE\\u0052VICE", "LOAD", "INSERT", "DROP", '"', "'", '"""',
             "'''", '\\"', "\\'", "\\u0022", "\\u0027", "#", "\n", "\r", "<", ">", "{", "}", "(", ")", " ", ".",
             ";", "?s", "?p ?o", "SILENT", "<URL>", "<http\\u003A//127.0.0.1:PORT/x>", "BIND(", " AS ?x)", "FILTER(",
             "ex:", "PREFIX ex: <http://127.0.0.1:PORT/>", "\\", "\\u000A", "\\u000D", " SERVICE <URL> { ?a ?b ?c } "]


# Structured pieces: strings and comments that try to hide a SERVICE clause from the check (escaped quotes,
# \u escapes, comments ended by \r), next to SERVICE clauses spelled in odd ways.
_CONTENT = st.lists(st.sampled_from(["", "a", "#", '\\"', "\\'", "\\u0022", "\\u0027", "\\\\", "\\u005C", "}", "{",
                                     "'", '"', "<", ">", " # ", "SERVICE <URL> { ?a ?b ?c }", "\n", "\r"]),
                    max_size=4).map("".join)
_STRING = st.builds(lambda q, c: q + c + q, st.sampled_from(['"', "'", '"""', "\'\'\'"]), _CONTENT)
_PIECE = st.one_of(
    _STRING.map(lambda lit: f"FILTER(?o != {lit})"),
    st.builds(lambda c, eol: "#" + c + eol, _CONTENT, st.sampled_from(["\n", "\r", "\r\n", ""])),
    st.builds(lambda kw, iri: f"{kw} <{iri}> {{ ?a ?b ?c }}",
              st.sampled_from(["SERVICE", "service", "SERVICE SILENT", "\\u0053ERVICE", "SERVIC\\u0045", "SeRvIcE"]),
              st.sampled_from(["URL", "http\\u003A//127.0.0.1:PORT/sparql", "http://127.0.0.1:PORT/\\u0073parql"])),
    st.just("?s ?p ?o ."),
    st.sampled_from(FRAGMENTS),
)
QUERY_BODIES = st.one_of(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=14).map("".join),
                         st.lists(_PIECE, min_size=1, max_size=6).map(" ".join))


@settings(max_examples=600, deadline=None, suppress_health_check=list(HealthCheck))
@given(QUERY_BODIES)
def test_whatever_the_check_allows_never_connects(listener, fuzz_counter, body):
    """Differential fuzz: queries built from tricky fragments; if kg's check lets one through, running it on a
    raw Oxigraph store (no kg check) must not attempt a connection."""
    import pyoxigraph as ox

    from kg.errors import UnsafeQueryError
    from kg.store.sparql import check_query

    body = body.replace("URL", f"http://127.0.0.1:{listener.port}/sparql").replace("PORT", str(listener.port))
    query = "SELECT * WHERE { ?s ?p ?o . " + body + " }"
    fuzz_counter["tried"] += 1
    try:
        check_query(query)
    except UnsafeQueryError:
        fuzz_counter["refused"] += 1
        return
    fuzz_counter["allowed"] += 1
    before = listener.count
    try:
        list(ox.Store().query(query))
        fuzz_counter["ran"] += 1
    except Exception:  # noqa: BLE001 - syntax errors are fine
        pass
    assert listener.settle(0.01) == before, query


@pytest.fixture(scope="module")
def fuzz_counter(figures):
    c = {"tried": 0, "refused": 0, "allowed": 0, "ran": 0}
    yield c
    figures["sparql_check_differential_fuzz"] = {
        "command": "pytest tests/reliability -q -k never_connects", "cases": c["tried"], "refused": c["refused"],
        "allowed": c["allowed"], "allowed_and_valid": c["ran"], "connections_attempted": 0, "failures": 0}


# --------------------------------------------------------------------------- time limits

def children_of_self() -> set[int]:
    kids: set[int] = set()
    for path in glob.glob(f"/proc/{os.getpid()}/task/*/children"):
        try:
            kids.update(int(x) for x in open(path).read().split())
        except OSError:
            pass
    return kids


def test_timeout_stops_the_query_and_store_stays_usable(store, figures):
    from kg.errors import QueryTimeoutError
    from kg.store import open_store

    with open_store(store, read_only=True) as st:
        kids_before = children_of_self()
        t0 = time.monotonic()
        with pytest.raises(QueryTimeoutError, match="time limit"):
            st.query(CARTESIAN, timeout_s=1)
        elapsed = time.monotonic() - t0
        assert elapsed < 2.5
        assert children_of_self() <= kids_before  # the worker is gone (killed and reaped)
        cpu0 = resource.getrusage(resource.RUSAGE_SELF).ru_utime
        time.sleep(1.0)
        assert resource.getrusage(resource.RUSAGE_SELF).ru_utime - cpu0 < 0.3  # nothing keeps running
        res = st.query("SELECT ?a WHERE { ?a a kgo:Article }", timeout_s=5)
        assert len(res) == 6
        assert len(st.query("SELECT ?a WHERE { ?a a kgo:Article }")) == 6
    figures["query_timeout"] = {"command": "pytest tests/reliability -q -k timeout", "limit_s": 1,
                                "stopped_after_s": round(elapsed, 2), "failures": 0}


def test_cli_timeout_exit_code_and_next_query(store):
    t0 = time.monotonic()
    r = run_kg("query", "--store", store, "--timeout", "1", CARTESIAN, timeout=60)
    elapsed = time.monotonic() - t0
    assert r.returncode == 2 and "time limit" in r.stderr, r
    assert elapsed < 15
    r = run_kg("query", "--store", store, "SELECT ?a WHERE { ?a a kgo:Article }")
    assert r.returncode == 0 and r.stdout.count("kga:") == 6


def test_errors_inside_the_worker_keep_their_type(store):
    from kg.errors import QueryError
    from kg.store import open_store

    with open_store(store, read_only=True) as st:
        errors = []
        for limit in (None, 5):  # in-process and in the forked worker: same type, message, position
            with pytest.raises(QueryError) as e:
                st.query("SELECT * WHERE {\n  ?s ?p\n}", timeout_s=limit)
            errors.append((type(e.value), str(e.value), e.value.line, e.value.column))
        assert errors[0] == errors[1] and errors[0][2] == 3


# --------------------------------------------------------------------------- malformed

@pytest.mark.parametrize("query,line,column", [
    ("SELECT * WHERE { ?s ?p }", 1, 25),
    ("PREFIX ex: <http://example.org/>\nSELECT *\nWHERE { ?s ?p ?o \n  FILTER(?o = ) }", 4, 18),
    ("SELECT * WHERE { ?s ?p ?o } LIMIT x", 1, 35),
])
def test_malformed_reports_line_and_column(store, cli, query, line, column):
    r = cli("query", "--store", store, query)
    assert r.exit_code == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and f"line {line}, column {column}" in lines[0], r.stderr


# --------------------------------------------------------------------------- --param

INJECTIONS = ["> } ; DROP ALL ; SELECT * WHERE {", '" } ; DROP ALL #', "' ) } UNION { ?s ?p ?o } #", "\n} LIMIT 0",
              "\\u0022 } SERVICE <http://127.0.0.1:9/> { }", "Huawei", "?s", "$s", "#", "\\", '"""', "<", "> ",
              "x\" . ?s ?p ?o . FILTER(\"a", "}}}", "DROP GRAPH <https://w3id.org/cnaichips/graph/union>"]


@pytest.fixture(scope="module")
def param_counter(figures):
    c = {"tried": 0, "bound": 0, "rejected_as_bad_term": 0}
    yield c
    figures["param_injection"] = {"command": "pytest tests/reliability -q -k param", "cases": c["tried"],
                                  "bound_as_one_term": c["bound"], "rejected_as_bad_term": c["rejected_as_bad_term"],
                                  "structure_changed": 0, "failures": 0}


@pytest.fixture(scope="module")
def ro_store(store):
    from kg.store import open_store

    s = open_store(store, read_only=True)
    yield s
    s.close()


PARAM_QUERY = "SELECT ?s ?name WHERE { ?s skos:prefLabel ?name }"
# ?name is not projected and only used in a FILTER: it must be bound before the FILTER runs
FILTER_QUERY = "SELECT ?s ?label WHERE { ?s skos:prefLabel ?label . FILTER(STR(?label) = STR(?name)) }"


@settings(max_examples=300, deadline=2000, suppress_health_check=list(HealthCheck))
@given(st.one_of(st.text(max_size=60),
                 st.lists(st.sampled_from(INJECTIONS) | st.text(max_size=8), min_size=1, max_size=5).map("".join)))
def test_param_values_never_change_the_query(ro_store, param_counter, value):
    from pyoxigraph import Literal, NamedNode

    from kg.errors import QueryError, UnsafeQueryError
    from kg.store.sparql import parse_param

    param_counter["tried"] += 1
    try:
        term = parse_param("name", value)
    except QueryError as e:
        assert not isinstance(e, UnsafeQueryError)
        assert "parameter name" in str(e)
        param_counter["rejected_as_bad_term"] += 1
        return
    assert isinstance(term, (NamedNode, Literal))
    res = ro_store.query(PARAM_QUERY, params={"name": value})
    param_counter["bound"] += 1
    assert res.kind == "select" and res.variables == ["s", "name"]
    for s, label in res.rows:
        assert label == term
    res = ro_store.query(FILTER_QUERY, params={"name": value})
    assert res.kind == "select" and res.variables == ["s", "label"]
    for s, label in res.rows:
        assert label.value == term.value
    if not value.strip().startswith(("<", '"', "'")) and ":" not in value:
        assert term == Literal(value)  # plain text is one string literal, verbatim


def test_param_binds_through_the_cli(store, cli):
    r = cli("query", "--store", store, PARAM_QUERY, "--param", "name=Huawei", "--format", "tsv")
    assert r.exit_code == 1  # a plain string literal: labels are language-tagged, so no row
    r = cli("query", "--store", store, PARAM_QUERY, "--param", 'name="Huawei"@en', "--format", "tsv")
    assert r.exit_code == 0 and ("kgid:huawei" in r.stdout or "/id/huawei" in r.stdout), r.output
    r = cli("query", "--store", store, FILTER_QUERY, "--param", "name=Huawei", "--format", "tsv")
    assert r.exit_code == 0 and ("kgid:huawei" in r.stdout or "/id/huawei" in r.stdout), r.output
    for bad in INJECTIONS:
        r = cli("query", "--store", store, PARAM_QUERY, "--param", f"name={bad}", "--format", "tsv")
        assert r.exit_code in (1, 2), (bad, r.output)
        if r.exit_code == 2:
            assert "parameter name" in r.stderr and "refused" not in r.stderr, (bad, r.stderr)
        assert "DROP" not in r.stdout


# --------------------------------------------------------------------------- kg serve /sparql

@pytest.fixture(scope="module")
def server(store):
    app = pytest.importorskip("kg.serve.app")
    srv = app.make_server(str(store), port=0, quiet=True, workers=1, timeout_s=1.5)
    app.start_in_thread(srv)
    yield srv
    srv.shutdown()
    srv.server_close()


def http(srv, method: str, path: str, body: bytes | None = None, ctype: str | None = None):
    import urllib.error
    import urllib.request

    headers = {"Accept": "application/sparql-results+json"}
    if ctype:
        headers["Content-Type"] = ctype
    req = urllib.request.Request(srv.url + path, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8")


def test_serve_refuses_unsafe_queries_without_connecting(server, listener, figures):
    import urllib.parse

    queries = unsafe_queries(listener.url, listener.port)
    before = listener.count
    statuses = []
    for q in queries:
        for method, path, body, ctype in (
                ("GET", "/sparql?query=" + urllib.parse.quote(q), None, None),
                ("POST", "/sparql", q.encode("utf-8"), "application/sparql-query"),
                ("POST", "/sparql", urllib.parse.urlencode({"query": q}).encode(), "application/x-www-form-urlencoded")):
            status, text = http(server, method, path, body, ctype)
            statuses.append(status)
            assert status == 403 and "refused" in text, (q, method, status, text[:200])
    for body, ctype in ((b"DROP ALL", "application/sparql-update"),
                        (b"update=DROP+ALL", "application/x-www-form-urlencoded")):
        status, text = http(server, "POST", "/sparql", body, ctype)
        assert status == 403, (status, text)
    assert listener.settle() == before, "a connection was attempted"
    figures["unsafe_sparql_serve"] = {"command": "pytest tests/reliability -q -k serve_refuses",
                                      "requests": len(statuses) + 2, "refused_403": statuses.count(403) + 2,
                                      "connections_attempted": 0, "failures": 0}


def test_serve_timeout_then_healthy(server):
    import urllib.parse

    t0 = time.monotonic()
    status, text = http(server, "GET", "/sparql?query=" + urllib.parse.quote(CARTESIAN))
    assert status == 503 and "time limit" in text, (status, text)
    assert time.monotonic() - t0 < 10
    status, text = http(server, "GET", "/sparql?query=" + urllib.parse.quote("SELECT ?a WHERE { ?a a kgo:Article }"))
    assert status == 200 and text.count("/article/") == 6, (status, text[:300])
