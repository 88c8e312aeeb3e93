"""HTTP server: the graph page, entity pages, dereferenceable IRIs and a read-only SPARQL endpoint."""

from __future__ import annotations

import ipaddress
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit

from kg import ontology
from kg.errors import InputError, KGError, QueryError, QueryTimeoutError, UnsafeQueryError
from kg.graph import iri_of
from kg.serve import formats, pages
from kg.serve.worker import QueryPool, StoreHandle
from kg.store.sparql import check_query

ENT = iri_of(ontology.ENTITY_NS)
MAX_BODY = 1_000_000


class KGServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address, *, store: str, max_rows: int = 10_000, timeout_s: float = 10.0, workers: int = 2,
                 quiet: bool = False):
        self.store_spec = store
        self.handle = StoreHandle(store)
        self.handle.get()  # fail now (not at the first request) if the store cannot be opened
        self.pool = QueryPool(store, size=workers, timeout_s=timeout_s, max_rows=max_rows)
        self.max_rows = max_rows
        self.timeout_s = timeout_s
        self.quiet = quiet
        super().__init__(address, Handler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{'[' + host + ']' if ':' in host else host}:{port}"

    def server_close(self) -> None:
        super().server_close()
        self.pool.close()
        self.handle.close()


class Handler(BaseHTTPRequestHandler):
    server: KGServer
    server_version = "kg-serve"
    protocol_version = "HTTP/1.1"

    # -- plumbing ---------------------------------------------------------------------------------
    def parse_request(self) -> bool:  # once per request (a kept-alive connection reuses the handler)
        self._read = False
        return super().parse_request()

    def log_message(self, format, *args):  # noqa: A002 - signature of the base class
        if not self.server.quiet:
            sys.stderr.write("kg serve: %s - %s\n" % (self.address_string(), format % args))

    def send(self, status: int, ctype: str, body: bytes | str, headers: dict | None = None) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        unread = self.headers.get("Content-Length", "0").strip() not in ("", "0") and not getattr(self, "_read", False)
        if unread:  # a body we did not read would be taken for the next request on this connection
            self.close_connection = True
        self.send_response(status)
        if unread:
            self.send_header("Connection", "close")
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Cache-Control", "no-store")
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def wants_html(self) -> bool:
        for media, _ in formats.parse_accept(self.headers.get("Accept")):
            if media in ("text/html", "application/xhtml+xml"):
                return True
            if media in formats.ALIASES:
                return False
        return False

    def error(self, status: int, message: str, *, html: bool | None = None) -> None:
        if html if html is not None else self.wants_html():
            self.send(status, "text/html; charset=utf-8", pages.error_page(status, message))
        else:
            self.send(status, "text/plain; charset=utf-8", message + "\n")

    # -- routing ----------------------------------------------------------------------------------
    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        self.route("GET")

    def do_POST(self):
        self.route("POST")

    def _method_not_allowed(self):
        self.send(405, "text/plain; charset=utf-8", "method not allowed\n", {"Allow": "GET, HEAD, POST"})

    do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _method_not_allowed

    def route(self, method: str) -> None:
        try:
            parts = urlsplit(self.path)
            path = unquote(parts.path)
            params = parse_qs(parts.query, keep_blank_values=True)
            if path == "/sparql":
                return self.sparql(method, params)
            if method != "GET":
                return self._method_not_allowed()
            if path in ("/", "/index.html"):
                return self.graph_page(params)
            if path in ("/query", "/query/"):
                return self.send(200, "text/html; charset=utf-8", pages.query_page())
            if path.startswith("/entity/"):
                return self.entity(path[len("/entity/"):], params, force_html=True)
            if path.startswith("/id/"):
                return self.entity(path[len("/id/"):], params, force_html=False)
            return self.error(404, f"not found: {path}")
        except BrokenPipeError:
            return
        except KGError as e:
            return self.error(400, str(e))
        except Exception as e:  # noqa: BLE001 - one bad request must not stop the server
            return self.error(500, f"internal error: {type(e).__name__}: {e}")

    # -- pages ------------------------------------------------------------------------------------
    def graph_page(self, params: dict) -> None:
        from kg.viz import VizOptions, graph_from_store, render_html

        def one(name):
            v = params.get(name)
            return v[0] if v and v[0] != "" else None

        try:
            depth = int(one("depth") or 1)
            max_nodes = int(one("max_nodes")) if one("max_nodes") else None
        except ValueError:
            raise InputError("depth and max_nodes must be integers") from None
        preds = tuple(p.strip().removeprefix("kgo:") for p in (one("predicates") or "").split(",") if p.strip())
        lang = one("lang") or "en"
        opts = VizOptions(focus=one("focus"), depth=depth, predicates=preds, since=one("since"), until=one("until"),
                          lang=lang, max_nodes=max_nodes)  # fixed queries: no fork from this threaded server
        G = graph_from_store(self.server.handle.get(), opts)
        page = render_html(G, lang=lang, entity_url=pages.entity_url, title="kg — China AI-chip knowledge graph",
                           links=[("SPARQL", "/sparql")])
        self.send(200, "text/html; charset=utf-8", page)

    def entity(self, eid: str, params: dict, *, force_html: bool) -> None:
        eid = eid.strip("/")
        if not pages.ENTITY_ID.match(eid):
            return self.error(404, "no such entity", html=True)
        iri = ENT + eid
        fmt = (params.get("format") or [""])[0].lower()
        graph_fmt = None
        if fmt in ("turtle", "ttl"):
            graph_fmt = "turtle"
        elif fmt in ("ntriples", "nt"):
            graph_fmt = "ntriples"
        elif not force_html and not fmt and not self.wants_html():
            for media, _ in formats.parse_accept(self.headers.get("Accept")):
                name = formats.ALIASES.get(media)
                if name in formats.GRAPH_TYPES:
                    graph_fmt = name
                    break
        store = self.server.handle.get()
        if graph_fmt:
            from kg.query import format_result

            res = store.query(f"CONSTRUCT {{ <{iri}> ?p ?o . ?s ?q <{iri}> }} WHERE {{ {{ <{iri}> ?p ?o }} UNION "
                              f"{{ ?s ?q <{iri}> . FILTER(STRSTARTS(STR(?s), \"{ENT}\")) }} }}")
            if not res.triples:
                return self.error(404, f"no entity {iri}", html=False)
            return self.send(200, formats.GRAPH_TYPES[graph_fmt] + "; charset=utf-8",
                             format_result(res, graph_fmt), {"Vary": "Accept"})
        d = pages.entity_facts(store, iri)
        if d is None:
            return self.error(404, f"no entity {iri}", html=True)
        self.send(200, "text/html; charset=utf-8", pages.entity_page(d), {"Vary": "Accept"})

    # -- SPARQL protocol --------------------------------------------------------------------------
    def _read_body(self) -> bytes:
        try:
            n = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            n = -1
        if n < 0 or n > MAX_BODY:
            raise _HTTPError(413, f"request body too large (limit {MAX_BODY} bytes)")
        data = self.rfile.read(n) if n else b""
        self._read = True
        return data

    def sparql(self, method: str, params: dict) -> None:
        try:
            query, form = self._sparql_request(method, params)
        except _HTTPError as e:
            return self.error(e.status, e.message)
        fmt_param = (params.get("format") or form.get("format") or [None])[0]
        if query is None:
            if self.wants_html() or fmt_param == "html":
                return self.send(200, "text/html; charset=utf-8", pages.query_page())
            return self.error(400, "missing query: pass ?query=... (GET) or POST application/sparql-query")
        try:
            table_fmt, graph_fmt = formats.negotiate(self.headers.get("Accept"), fmt_param)
        except ValueError as e:
            return self.error(400, str(e))
        html = table_fmt == "html"
        try:
            check_query(query)
            answer = self.server.pool.run(query, table_fmt, graph_fmt)
        except UnsafeQueryError as e:
            return self._query_error(403, str(e), query, html)
        except QueryTimeoutError as e:
            return self._query_error(503, str(e), query, html)
        except QueryError as e:
            return self._query_error(400, str(e), query, html)
        except KGError as e:
            return self._query_error(503, str(e), query, html)
        headers = {"Vary": "Accept"}
        if html:
            _, payload, info = answer
            if info["truncated"]:
                headers["X-KG-Truncated"] = f"first {self.server.max_rows} of {info['total']}"
            body = pages.query_page(query, "html", pages.result_table(payload, info, self.server.max_rows))
            return self.send(200, "text/html; charset=utf-8", body, headers)
        _, media, body, info = answer
        if info["truncated"]:
            headers["X-KG-Truncated"] = f"first {self.server.max_rows} of {info['total']}"
        self.send(200, media, body, headers)

    def _query_error(self, status: int, message: str, query: str, html: bool) -> None:
        if html:
            return self.send(status, "text/html; charset=utf-8", pages.query_page(query, "html", error=message))
        self.send(status, "text/plain; charset=utf-8", message + "\n")

    def _sparql_request(self, method: str, params: dict) -> tuple[str | None, dict]:
        body = self._read_body() if method == "POST" else b""
        if "update" in params:
            raise _HTTPError(403, "refused: SPARQL Update is not allowed; this endpoint is read-only")
        if method == "GET":
            q = params.get("query")
            return (q[0] if q else None), {}
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == "application/sparql-update":
            raise _HTTPError(403, "refused: SPARQL Update is not allowed; this endpoint is read-only")
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise _HTTPError(400, "the request body is not UTF-8") from None
        if ctype == "application/sparql-query":
            return text, {}
        if ctype == "application/x-www-form-urlencoded":
            form = parse_qs(text, keep_blank_values=True)
            if "update" in form:
                raise _HTTPError(403, "refused: SPARQL Update is not allowed; this endpoint is read-only")
            q = form.get("query") or params.get("query")
            return (q[0] if q else None), form
        raise _HTTPError(415, "POST application/sparql-query or application/x-www-form-urlencoded")


class _HTTPError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def make_server(store: str, host: str = "127.0.0.1", port: int = 8000, **kwargs) -> KGServer:
    return KGServer((host, port), store=store, **kwargs)


def start_in_thread(server: KGServer) -> threading.Thread:
    t = threading.Thread(target=server.serve_forever, name="kg-serve", daemon=True)
    t.start()
    return t
