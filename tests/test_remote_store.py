"""kg.store.remote: the same builds into a real Oxigraph server and into the embedded store; failures of the
server (dropped connections, HTTP 500, no answer) never leave half an article behind."""

from __future__ import annotations

import http.client
import shutil
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import rdflib
from click.testing import CliRunner
from article_files import write_article
from rdflib.compare import isomorphic

from kg.errors import QueryError, RemoteStoreError, StoreError, UnsafeQueryError
from kg.model import ARTICLE_BASE
from kg.pipeline import build
from kg.store import open_store
from kg.store.remote import RemoteStore, endpoints

OXIGRAPH = Path(sys.executable).parent / "oxigraph"
CORPUS = Path(__file__).resolve().parent / "corpus" / "dev"

pytestmark = pytest.mark.skipif(not OXIGRAPH.exists() and not shutil.which("oxigraph"),
                                reason="oxigraph server binary (PyPI package `oxigraph`) not installed")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def oxigraph_server(tmp_path):
    """`oxigraph serve` on a free loopback port with its data in tmp; stopped afterwards."""
    exe = str(OXIGRAPH) if OXIGRAPH.exists() else shutil.which("oxigraph")
    port = free_port()
    log = open(tmp_path / "oxigraph.log", "wb")
    proc = subprocess.Popen([exe, "serve", "--location", str(tmp_path / "oxdata"), "--bind", f"127.0.0.1:{port}"],
                            stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            c.request("GET", "/query?query=ASK%7B%7D", headers={"Accept": "application/sparql-results+json"})
            if c.getresponse().status == 200:
                break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail("oxigraph server did not start: " + (tmp_path / "oxigraph.log").read_text(errors="replace"))
        time.sleep(0.1)
    try:
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


class FaultyProxy:
    """A stdlib HTTP proxy in front of the real server that fails article uploads on purpose.

    mode: 'drop' (close the connection halfway through the PUT body), '500' (answer the PUT with HTTP 500),
    'hang' (never answer the PUT), 'update500' (let the PUT through, answer the following update with 500).
    Faults start after `ok_puts` successful article PUTs."""

    def __init__(self, target: str, mode: str, ok_puts: int = 0):
        self.target = urlsplit(target)
        self.mode, self.ok_puts = mode, ok_puts
        self.faults = 0
        self.armed_update = False
        self.stop = threading.Event()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def _forward(self, body: bytes):
                c = http.client.HTTPConnection(proxy.target.hostname, proxy.target.port, timeout=30)
                headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")}
                c.request(self.command, self.path, body=body or None, headers=headers)
                r = c.getresponse()
                data = r.read()
                self.send_response(r.status)
                for k, v in r.getheaders():
                    if k.lower() not in ("transfer-encoding", "connection", "content-length"):
                        self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _handle(self):
                n = int(self.headers.get("Content-Length") or 0)
                graph = parse_qs(urlsplit(self.path).query).get("graph", [""])[0]
                if self.command == "PUT" and graph.startswith(ARTICLE_BASE):
                    if proxy.ok_puts > 0:
                        proxy.ok_puts -= 1
                    elif proxy.mode in ("drop", "500", "hang"):
                        proxy.faults += 1
                        if proxy.mode == "drop":
                            self.rfile.read(n // 2)
                            self.close_connection = True
                            self.connection.shutdown(socket.SHUT_RDWR)
                            return
                        self.rfile.read(n)
                        if proxy.mode == "hang":
                            proxy.stop.wait(30)
                            self.close_connection = True
                            return
                        self._reply(500, b"Internal Server Error: disk on fire")
                        return
                    else:
                        proxy.armed_update = True
                body = self.rfile.read(n) if n else b""
                if self.command == "POST" and self.path.startswith("/update") and proxy.armed_update:
                    proxy.armed_update = False
                    proxy.faults += 1
                    self._reply(500, b"Internal Server Error: update refused")
                    return
                self._forward(body)

            def _reply(self, status: int, body: bytes):
                self.send_response(status)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_PUT = do_DELETE = _handle

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.stop.set()
        self.server.shutdown()
        self.server.server_close()


def graph_of(triples) -> rdflib.Graph:
    g = rdflib.Graph()
    g.parse(data="".join(f"{t.subject} {t.predicate} {t.object} .\n" for t in triples), format="nt")
    return g


def per_graph(store) -> dict[str, rdflib.Graph]:
    by: dict[str, list] = {}
    for q in store.dataset_quads():
        by.setdefault(q.graph_name.value, []).append(q.triple)
    return {g: graph_of(ts) for g, ts in by.items()}


def assert_same(remote, local):
    assert isomorphic(graph_of(remote.union_triples()), graph_of(local.union_triples()))
    rg, lg = per_graph(remote), per_graph(local)
    assert sorted(rg) == sorted(lg)
    for g in rg:
        assert isomorphic(rg[g], lg[g]), g
    assert remote.article_index() == local.article_index()


def assert_union_exact(store):
    """The union graph is exactly the union of the registry and article graphs (without blank nodes)."""
    graphs = per_graph(store)
    expected = set()
    for g, G in graphs.items():
        if g.startswith(ARTICLE_BASE) or g.endswith("/graph/registry"):
            expected |= {t for t in G if not any(isinstance(x, rdflib.BNode) for x in t)}
    assert set(graph_of(store.union_triples())) == expected


def test_endpoints_oxigraph_layout_and_explicit():
    assert endpoints("http://h:7878/") == ("http://h:7878", "http://h:7878/query", "http://h:7878/update",
                                          "http://h:7878/store")
    assert endpoints("http://f:3030/kg?query=/kg/sparql&update=/kg/update&gsp=/kg/data")[1:] == (
        "http://f:3030/kg/sparql", "http://f:3030/kg/update", "http://f:3030/kg/data")
    assert endpoints("https://x/repositories/kg", query_endpoint="https://x/repositories/kg",
                     update_endpoint="https://x/repositories/kg/statements",
                     gsp_endpoint="https://x/repositories/kg/rdf-graphs/service")[1:] == (
        "https://x/repositories/kg", "https://x/repositories/kg/statements",
        "https://x/repositories/kg/rdf-graphs/service")
    with pytest.raises(StoreError):
        endpoints("ftp://nope")


def test_build_same_as_embedded(tmp_path, oxigraph_server, corpus, fake_extractor):
    for i in range(4):
        write_article(corpus, f"x{i}", f"Delta{i} develops Part{i}. NOT Delta{i} develops Other{i}. "
                                       "Acme develops Widget-1.")
    with open_store(oxigraph_server) as remote, open_store(tmp_path / "local") as local:
        rr = build([corpus], remote, extractors=fake_extractor)
        rl = build([corpus], local, extractors=fake_extractor)
        assert (rr.read, rr.built, rr.facts_added, rr.entities_new) == (rl.read, rl.built, rl.facts_added,
                                                                       rl.entities_new)
        assert_same(remote, local)
        assert_union_exact(remote)
        # unchanged: skipped; changed and removed articles: same result on both sides
        assert build([corpus], remote, extractors=fake_extractor).skipped == 7
        write_article(corpus, "a", "Acme develops Widget-2. Beta competesWith Delta.")
        (corpus / "c.md").unlink()
        for st in (remote, local):
            r = build([corpus], st, extractors=fake_extractor, prune=True)
            assert (r.built, r.pruned) == (1, ["c"])
        assert_same(remote, local)
        assert_union_exact(remote)
        remote.remove_article("b")
        local.remove_article("b")
        assert_same(remote, local)
        q = "SELECT ?s ?o WHERE { ?s kgo:develops ?o } ORDER BY ?s ?o"
        assert remote.query(q).rows == local.query(q).rows
        q = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?c a kgo:Claim } } GROUP BY ?g ORDER BY ?g"
        assert remote.query(q).rows == local.query(q).rows
        assert remote.stats()["facts"] == local.stats()["facts"]


def test_rules_extractor_graphs_isomorphic(tmp_path, oxigraph_server):
    files = sorted(CORPUS.glob("*.md"))[::5]  # a few articles of each language
    with open_store(oxigraph_server) as remote, open_store(tmp_path / "local") as local:
        build(files, remote)
        build(files, local, jobs=2)
        assert_same(remote, local)
        assert_union_exact(remote)


def test_extractor_version_bump_rewrites_in_place(tmp_path, oxigraph_server, corpus, fake_extractor,
                                                   monkeypatch):
    import fake_extractor as fe

    import kg.extract

    with open_store(oxigraph_server) as remote, open_store(tmp_path / "local") as local:
        build([corpus], remote, extractors=fake_extractor)
        build([corpus], local, extractors=fake_extractor)
        monkeypatch.setattr(fe.FakeExtractor, "version", "2.0")
        orig = fe.FakeExtractor.extract

        def fewer(self, article):  # the new version no longer finds the negated claims
            res = orig(self, article)
            res.claims = [c for c in res.claims if c.polarity == "positive"]
            return res

        monkeypatch.setattr(fe.FakeExtractor, "extract", fewer)
        kg.extract.get.cache_clear()
        for st in (remote, local):
            r = build([corpus], st, extractors=fake_extractor)
            assert (r.skipped, r.built) == (0, 3)
        assert_same(remote, local)
        assert_union_exact(remote)
        assert {v for _, _, v in remote.article_index().values()} == {"fake@2.0"}


def test_queries_safety_params_and_errors(oxigraph_server, corpus, fake_extractor):
    with open_store(oxigraph_server) as st:
        build([corpus], st, extractors=fake_extractor)
        with pytest.raises(UnsafeQueryError):
            st.query("DELETE WHERE { ?s ?p ?o }")
        with pytest.raises(UnsafeQueryError):
            st.query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
        with pytest.raises(QueryError) as e:
            st.query("SELECT ?x WHERE {\n ?x a }")
        assert e.value.line == 2
        res = st.query("SELECT ?o WHERE { ?s kgo:develops ?o }", params={"s": "kgd:acme"})
        assert {r[0].value.rsplit("/", 1)[-1] for r in res.rows} == {"widget-1"}
        assert st.query("ASK { kgd:acme kgo:develops kgd:widget-1 }").boolean is True
        g = st.query("CONSTRUCT { ?s kgo:develops ?o } WHERE { ?s kgo:develops ?o }")
        assert g.kind == "graph" and len(g.triples) == 2  # acme-widget-1, gamma-sprocket
    with open_store(oxigraph_server, read_only=True) as ro:
        with pytest.raises(StoreError):
            ro.remove_article("a")


def test_cli_build_and_query(oxigraph_server, corpus, fake_extractor):
    from kg.cli import main

    runner = CliRunner()
    r = runner.invoke(main, ["build", str(corpus), "--store", oxigraph_server, "--extractor", "fake"])
    assert r.exit_code == 0, r.output
    r = runner.invoke(main, ["query", "--store", oxigraph_server, "--query-endpoint", oxigraph_server + "/query",
                             "SELECT ?o WHERE { kgd:gamma kgo:develops ?o }"])
    assert r.exit_code == 0 and "sprocket" in r.output
    r = runner.invoke(main, ["query", "--store", oxigraph_server, "--query-endpoint", "/nope", "ASK {}"])
    assert r.exit_code == 2 and "not a SPARQL query endpoint" in r.output


@pytest.mark.parametrize("mode", ["drop", "500", "hang"])
def test_failed_upload_leaves_article_absent_or_intact(oxigraph_server, corpus, fake_extractor, monkeypatch,
                                                        mode):
    monkeypatch.setenv("KG_REMOTE_TIMEOUT", "2")
    monkeypatch.setenv("KG_REMOTE_RETRIES", "1")
    # first build: article a goes in, b fails, c is never reached
    proxy = FaultyProxy(oxigraph_server, mode, ok_puts=1)
    try:
        with open_store(proxy.url) as st:
            t = time.monotonic()
            with pytest.raises(RemoteStoreError) as e:
                build([corpus], st, extractors=fake_extractor)
            assert time.monotonic() - t < 15  # bounded: timeout x (1 + retries) plus back-off
            assert proxy.faults >= 1
            msg = str(e.value)
            assert ("HTTP 500" in msg and "disk on fire" in msg) if mode == "500" else "/store" in msg
    finally:
        proxy.close()
    with open_store(oxigraph_server) as real:
        idx = real.article_index()
        assert set(idx) == {"a"}
        graphs = {g.value for (g,) in real.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows}
        assert {g for g in graphs if g.startswith(ARTICLE_BASE)} == {idx["a"][0]}  # b absent, not half there
        assert_union_exact(real)
        before = per_graph(real)[idx["a"][0]]
    # second build changes a, its upload fails: the old version of a stays whole
    write_article(corpus, "a", "Acme develops Widget-9. Acme develops Widget-8.")
    proxy = FaultyProxy(oxigraph_server, mode, ok_puts=0)
    try:
        with open_store(proxy.url) as st, pytest.raises(RemoteStoreError):
            build([corpus], st, extractors=fake_extractor)
    finally:
        proxy.close()
    with open_store(oxigraph_server) as real:
        assert real.article_index()["a"] == idx["a"]
        assert isomorphic(per_graph(real)[idx["a"][0]], before)
        assert_union_exact(real)
        # and a later build against the healthy server completes everything
        r = build([corpus], real, extractors=fake_extractor)
        assert r.built == 3 and set(real.article_index()) == {"a", "b", "c"}
        assert_union_exact(real)


def test_failed_union_update_is_repaired_by_next_build(oxigraph_server, corpus, fake_extractor, tmp_path):
    proxy = FaultyProxy(oxigraph_server, "update500", ok_puts=0)
    try:
        with open_store(proxy.url) as st, pytest.raises(RemoteStoreError) as e:
            build([corpus], st, extractors=fake_extractor)
        assert "next `kg build` rewrites it" in str(e.value)
    finally:
        proxy.close()
    with open_store(oxigraph_server) as real, open_store(tmp_path / "local") as local:
        assert real.article_index() == {}  # bookkeeping untouched: the article will be redone
        build([corpus], real, extractors=fake_extractor)
        build([corpus], local, extractors=fake_extractor)
        assert_same(real, local)
        assert_union_exact(real)


def test_unreachable_server_fails_fast():
    t = time.monotonic()
    with pytest.raises(RemoteStoreError) as e:
        RemoteStore(f"http://127.0.0.1:{free_port()}", retries=1, backoff_s=0.05)
    assert time.monotonic() - t < 5 and "connection failed" in str(e.value)
