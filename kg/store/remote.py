"""A store on a SPARQL 1.1 server (Oxigraph server, Apache Jena Fuseki, GraphDB, ...), over HTTP.

Spec: a base URL. For an Oxigraph server (`oxigraph serve`) the endpoints are found under it:
`<base>/query` (SPARQL 1.1 Query), `<base>/update` (SPARQL 1.1 Update), `<base>/store` (SPARQL 1.1 Graph
Store HTTP Protocol). Other servers name them explicitly, as query parameters of the spec (absolute URLs or
paths under the base) or as keyword arguments (the CLI's --query-endpoint / --update-endpoint /
--gsp-endpoint, or $KG_QUERY_ENDPOINT / $KG_UPDATE_ENDPOINT / $KG_GSP_ENDPOINT):

    http://127.0.0.1:7878
    http://fuseki:3030/kg?query=/kg/query&update=/kg/update&gsp=/kg/data

Layout: the same graphs as the embedded store (ontology, registry, one graph per article, the union graph,
and the bookkeeping graph); queries get the union graph as default graph (`default-graph-uri`).

Writing one article:
  1. look-ups (bookkeeping, what the union already holds) with SELECT queries;
  2. one Graph Store PUT of the whole article graph: the server replaces the graph atomically, so an
     upload that fails or is cut leaves the previous version of the article (or none) - never half of it;
  3. one SPARQL Update request (one transaction on Oxigraph/Fuseki) that drops the article's previous graph
     if its IRI changed, keeps the union graph exact (adds the new graph's triples, deletes the old ones that
     no other graph supports) and records the content hash and extractor version.
If step 3 fails the article graph is already complete but its bookkeeping is not updated, so the next
`kg build` re-extracts and rewrites that article. Every request is idempotent; connection errors are
retried a bounded number of times; every request has a timeout. Errors raise RemoteStoreError with the
server's message.
"""

from __future__ import annotations

import hashlib
import os
import re
import socket
import threading
import time
from typing import Any, Iterable
from urllib.parse import parse_qs, urlencode, urljoin, urlsplit, urlunsplit

from pyoxigraph import (BlankNode, Literal, NamedNode, Quad, QueryResultsFormat, RdfFormat, Triple, parse,
                        parse_query_results, serialize)

from kg import ontology
from kg.errors import KGError, QueryError, QueryTimeoutError, RemoteStoreError, StoreError
from kg.export import as_triples
from kg.graph import PROV, iri_of, kgo, prefixes, to_nquads
from kg.model import ARTICLE_BASE
from kg.store.base import ArticleRemoval, Change, QueryResult, export_store
from kg.store.sparql import bind_values, check_query, parse_param, query_error, skeleton, uses_graph

_FORM = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.I)
_NT = "application/n-triples"
_NQ = "application/n-quads"
_JSON = "application/sparql-results+json"
_MAX_VALUES = 400  # rows per VALUES block (keeps requests small)


def _graph_iris() -> tuple[str, str, str, str]:
    union = iri_of(ontology.GRAPH_UNION)
    meta = union.rsplit("/", 1)[0] + "/kg-store-bookkeeping"  # same as the embedded store
    return union, iri_of(ontology.GRAPH_REGISTRY), iri_of(ontology.GRAPH_ONTOLOGY), meta


def _has_blank(t: Triple | Quad) -> bool:
    return isinstance(t.subject, BlankNode) or isinstance(t.object, BlankNode)


def _nt(triples: Iterable[Triple]) -> str:
    data = serialize(list(triples), format=RdfFormat.N_TRIPLES)
    return data.decode("utf-8") if data else ""


def _chunks(items: list, n: int = _MAX_VALUES):
    for i in range(0, len(items), n):
        yield items[i:i + n]


def _values3(triples: Iterable[Triple]) -> str:
    return " ".join(f"({t.subject} {t.predicate} {t.object})" for t in triples)


def endpoints(spec: str, *, query_endpoint: str | None = None, update_endpoint: str | None = None,
              gsp_endpoint: str | None = None) -> tuple[str, str, str, str]:
    """(base, query, update, gsp) URLs for `spec`; explicit arguments win over the spec's query parameters,
    which win over the Oxigraph layout (<base>/query, <base>/update, <base>/store)."""
    parts = urlsplit(spec)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise StoreError(f"not an http(s) URL: {spec!r}")
    qs = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    base = urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), "", ""))

    def resolve(explicit: str | None, key: str, default: str) -> str:
        value = explicit or qs.get(key) or qs.get(key + "_endpoint") or qs.get(key + "-endpoint")
        if not value:
            return base + "/" + default
        return value if value.startswith(("http://", "https://")) else urljoin(base + "/", value)

    return (base, resolve(query_endpoint, "query", "query"), resolve(update_endpoint, "update", "update"),
            resolve(gsp_endpoint, "gsp", "store"))


class RemoteStore(ArticleRemoval):
    """See the module docstring. Use as a context manager or call close()."""

    def __init__(self, spec: str, *, read_only: bool = False, query_endpoint: str | None = None,
                 update_endpoint: str | None = None, gsp_endpoint: str | None = None,
                 timeout_s: float | None = None, retries: int | None = None, backoff_s: float = 0.25):
        import requests

        self.location = spec
        self.read_only = read_only
        env = os.environ
        self.base, self.query_url, self.update_url, self.gsp_url = endpoints(
            spec, query_endpoint=query_endpoint or env.get("KG_QUERY_ENDPOINT"),
            update_endpoint=update_endpoint or env.get("KG_UPDATE_ENDPOINT"),
            gsp_endpoint=gsp_endpoint or env.get("KG_GSP_ENDPOINT"))
        self.timeout_s = float(timeout_s if timeout_s is not None else env.get("KG_REMOTE_TIMEOUT", 60))
        self.retries = int(retries if retries is not None else env.get("KG_REMOTE_RETRIES", 3))
        self.backoff_s = backoff_s
        self.UNION, self.REGISTRY, self.ONTOLOGY, self.META = _graph_iris()
        self._requests = requests
        self._session: Any = requests.Session()
        try:
            self._probe()
            if not read_only:
                self._sync_ontology()
        except BaseException:
            self.close()
            raise

    # -- lifecycle ---------------------------------------------------------------------------
    def close(self) -> None:
        if self._session is not None:
            self._session.close()
            self._session = None

    def __enter__(self) -> "RemoteStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- HTTP --------------------------------------------------------------------------------
    def _http(self, method: str, url: str, *, timeout_s: float | None = None, ok=(200, 201, 204),
              **kwargs) -> Any:
        """One request with a timeout; connection errors are retried (every request here is idempotent)."""
        if self._session is None:
            raise StoreError("store is closed")
        req = self._requests
        timeout = (min(10.0, self.timeout_s), timeout_s or self.timeout_s)
        attempt = 0
        while True:
            try:
                started = time.monotonic()
                r = self._session.request(method, url, timeout=timeout, stream=True, **kwargs)
                # the read timeout bounds each wait, not the whole answer: a server trickling one byte at a
                # time would hold us forever, so the body must be complete within the time limit too
                _read_body(r, started + timeout[0] + timeout[1])
            except (req.exceptions.Timeout, _TooSlow) as e:
                if method == "POST" and url == self.query_url and timeout_s:
                    raise QueryTimeoutError(f"query stopped after {timeout_s:g} s (time limit)") from None
                what = "no complete answer" if isinstance(e, _TooSlow) else "no answer"
                raise RemoteStoreError(f"{method} {url}: {what} within {timeout[1]:g} s ({e})") from None
            except req.exceptions.ConnectionError as e:
                attempt += 1
                if attempt > self.retries:
                    raise RemoteStoreError(f"{method} {url}: connection failed after {attempt} attempts: "
                                           f"{_short(str(e))}") from None
                time.sleep(self.backoff_s * 2 ** (attempt - 1))
                continue
            except req.exceptions.RequestException as e:
                raise RemoteStoreError(f"{method} {url}: {_short(str(e))}") from None
            if r.status_code in ok:
                return r
            if r.status_code in (502, 503, 504) and attempt < self.retries:
                attempt += 1
                time.sleep(self.backoff_s * 2 ** (attempt - 1))
                continue
            raise self._error(method, url, r)

    def _error(self, method: str, url: str, r) -> KGError:
        msg = _short(r.text.strip() or r.reason or "")
        if url == self.query_url and r.status_code == 400 and "error at" in msg:
            return query_error(SyntaxError(msg))
        return RemoteStoreError(f"{method} {url}: HTTP {r.status_code}: {msg}")

    def _probe(self) -> None:
        r = self._http("POST", self.query_url, data={"query": "ASK {}"}, headers={"Accept": _JSON},
                       ok=(200, 404, 405))
        if r.status_code != 200:
            raise RemoteStoreError(f"{self.query_url} is not a SPARQL query endpoint (HTTP {r.status_code}); "
                                   "name the endpoints with --query-endpoint/--update-endpoint/--gsp-endpoint "
                                   "or ?query=...&update=...&gsp=... in the store URL")

    def _sparql(self, sparql: str, *, dataset: dict[str, Any] | None = None,
                timeout_s: float | None = None) -> QueryResult:
        """POST a query (form-encoded) and materialise the result."""
        from kg.store.oxigraph import materialize

        skel, _ = skeleton(sparql)
        m = _FORM.search(skel)
        form = m.group(1).upper() if m else "SELECT"
        accept = _NT if form in ("CONSTRUCT", "DESCRIBE") else _JSON
        data: list[tuple[str, str]] = [("query", sparql)]
        for key, values in (dataset or {}).items():
            data += [(key, v) for v in values]
        r = self._http("POST", self.query_url, data=data, headers={"Accept": accept}, timeout_s=timeout_s)
        try:
            if accept == _NT:
                return QueryResult("graph", triples=_triples(r.content))
            return materialize(parse_query_results(r.content, format=QueryResultsFormat.JSON))
        except (SyntaxError, ValueError) as e:
            raise RemoteStoreError(f"cannot read the answer of {self.query_url}: {e}") from None

    def _rows(self, sparql: str) -> list[tuple]:
        return self._sparql(sparql).rows

    def _update(self, ops: list[str]) -> None:
        """One SPARQL Update request (one transaction on Oxigraph and Fuseki)."""
        if ops:
            self._http("POST", self.update_url, data={"update": " ;\n".join(ops)},
                       headers={"Content-Type": "application/x-www-form-urlencoded"})

    def _put_graph(self, graph: str, triples: list[Triple]) -> None:
        """Graph Store Protocol PUT: the graph is replaced by `triples` in one step."""
        body = _nt(triples).encode("utf-8")
        self._http("PUT", self.gsp_url, params={"graph": graph}, data=body,
                   headers={"Content-Type": _NT})

    def _get_graph(self, graph: str) -> list[Triple]:
        r = self._http("GET", self.gsp_url, params={"graph": graph}, headers={"Accept": _NT}, ok=(200, 404))
        if r.status_code == 404:
            return []
        try:
            return _triples(r.content)
        except SyntaxError as e:
            raise RemoteStoreError(f"cannot read graph <{graph}> from {self.gsp_url}: {e}") from None

    # -- bookkeeping -------------------------------------------------------------------------
    def _source_node(self, source_key: str) -> NamedNode:
        return NamedNode(self.META + "/source/" + hashlib.sha256(source_key.encode("utf-8")).hexdigest()[:32])

    def _meta_hash(self, graph: str) -> str | None:
        rows = self._rows(f"SELECT ?h WHERE {{ GRAPH <{self.META}> {{ <{graph}> {kgo('contentHash')} ?h }} }}")
        return rows[0][0].value if rows and rows[0][0] is not None else None

    def _union_ops_for_new(self, graph: str, old_graphs: list[str]) -> list[str]:
        """Update operations: union += triples of `graph` (no blank nodes); union -= triples of the old graphs
        (listed by `_delete_unsupported`) that nothing else supports."""
        U = self.UNION
        return [f"INSERT {{ GRAPH <{U}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} "
                f"FILTER(!isBlank(?s) && !isBlank(?o)) }}"]

    def _delete_unsupported(self, candidates: list[Triple], ignore: Iterable[str]) -> list[str]:
        """Update operations deleting from the union the candidates that no other graph holds."""
        skip = ", ".join(f"<{g}>" for g in sorted({self.UNION, self.ONTOLOGY, self.META, *ignore}))
        return [f"DELETE {{ GRAPH <{self.UNION}> {{ ?s ?p ?o }} }} WHERE {{ VALUES (?s ?p ?o) {{ {_values3(c)} }} "
                f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g NOT IN ({skip})) }} }}"
                for c in _chunks(candidates)]

    def _unsupported(self, candidates: list[Triple], ignore: Iterable[str]) -> list[Triple]:
        """The candidates that no graph other than `ignore` (and union/ontology/bookkeeping) holds."""
        skip = ", ".join(f"<{g}>" for g in sorted({self.UNION, self.ONTOLOGY, self.META, *ignore}))
        out: list[Triple] = []
        for c in _chunks(candidates):
            out += [Triple(*row) for row in self._rows(
                f"SELECT ?s ?p ?o WHERE {{ VALUES (?s ?p ?o) {{ {_values3(c)} }} "
                f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g NOT IN ({skip})) }} }}")]
        return out

    def _in_union(self, triples: list[Triple]) -> set[Triple]:
        found: set[Triple] = set()
        for c in _chunks(triples):
            found.update(Triple(*row) for row in self._rows(
                f"SELECT ?s ?p ?o WHERE {{ VALUES (?s ?p ?o) {{ {_values3(c)} }} GRAPH <{self.UNION}> {{ ?s ?p ?o }} }}"))
        return found

    def _subjects_in_union(self, subjects: list) -> set:
        found: set = set()
        for c in _chunks(subjects):
            found.update(row[0] for row in self._rows(
                f"SELECT DISTINCT ?s WHERE {{ VALUES ?s {{ {' '.join(map(str, c))} }} "
                f"GRAPH <{self.UNION}> {{ ?s ?p ?o }} }}"))
        return found

    def _sync_ontology(self) -> None:
        """(Re)load the ontology and registry graphs when missing or changed."""
        from kg.store.oxigraph import stale_schema_graphs

        for graph, triples, h, union in stale_schema_graphs(self):
            old = [t for t in self._get_graph(graph) if not _has_blank(t)] if union else []
            self._put_graph(graph, triples)
            ops = []
            if union:
                new = {t for t in triples if not _has_blank(t)}
                ops += self._delete_unsupported([t for t in old if t not in new], [graph])
                ops += self._union_ops_for_new(graph, [])
            M = self.META
            ops.append(f"DELETE WHERE {{ GRAPH <{M}> {{ <{graph}> ?p ?o }} }}")
            ops.append(f"INSERT DATA {{ GRAPH <{M}> {{ <{graph}> {kgo('contentHash')} {Literal(h)} }} }}")
            self._update(ops)

    def _entries(self, where: str) -> list[tuple[str, str, str, str]]:
        """(source key, article IRI, content hash, extractor version) of the bookkeeping nodes matching `where`."""
        rows = self._rows(
            f"SELECT ?k ?a ?h ?v WHERE {{ GRAPH <{self.META}> {{ ?n {kgo('sourceKey')} ?k . {where} "
            f"OPTIONAL {{ ?n <{PROV}wasDerivedFrom> ?a }} OPTIONAL {{ ?n {kgo('contentHash')} ?h }} "
            f"OPTIONAL {{ ?n {kgo('extractorVersion')} ?v }} }} }}")
        return [tuple(x.value if x is not None else "" for x in row) for row in rows]  # type: ignore[misc]

    def article_index(self) -> dict[str, tuple[str, str, str]]:
        """source_key -> (article IRI, content hash, extractor version)."""
        return {k: (a, h, v) for k, a, h, v in self._entries("")}

    def _keys_of(self, article_iris: Iterable[str]) -> dict[str, set[str]]:
        iris = sorted(set(article_iris))
        out: dict[str, set[str]] = {i: set() for i in iris}
        if iris:
            for k, a, _, _ in self._entries(f"?n <{PROV}wasDerivedFrom> ?a0 . "
                                            f"VALUES ?a0 {{ {' '.join(f'<{i}>' for i in iris)} }}"):
                out.setdefault(a, set()).add(k)
        return out

    def _graphs_to_drop(self, keys: set[str], entries: dict[str, str]) -> list[str]:
        """Article graphs of `keys` (entries: key -> graph) that no other source key still uses."""
        gone = {g for g in entries.values() if g}
        users = self._keys_of(gone)
        return sorted(g for g in gone if not (users.get(g, set()) - keys))

    # -- writes ------------------------------------------------------------------------------
    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"store {self.location} was opened read-only")

    def replace_article(self, source_key: str, article_iri: str, quads: Iterable[Quad], *,
                        content_hash: str = "", extractor_version: str = "") -> Change:
        """Replace the graph of `source_key` with `quads` (which belong to graph `article_iri`); see the
        module docstring for the three steps and what a failure leaves behind."""
        self._writable()
        g = NamedNode(article_iri)
        triples = sorted({q.triple for q in quads}, key=str)
        if not content_hash:
            content_hash = next((t.object.value for t in triples
                                 if t.subject == g and t.predicate == kgo("contentHash")), "")
        node = self._source_node(source_key)
        mine = {k: a for k, a, _, _ in self._entries(f"VALUES ?n {{ {node} }}") if k == source_key}
        drop = self._graphs_to_drop({source_key}, mine) if mine else []
        in_place = article_iri in drop or bool(self._keys_of([article_iri]).get(article_iri))
        old: set[Triple] = set()
        for og in sorted(set(drop) | ({article_iri} if in_place else set())):
            old.update(t for t in self._get_graph(og) if not _has_blank(t))
        new = {t for t in triples if not _has_blank(t)}
        # what the union gains and loses (for the build report)
        # triples about the article node and its claims (kgc: IRIs hash the article IRI) cannot be in the
        # union unless this graph was there before: no need to ask
        claim_ns = iri_of(ontology.CLAIM_NS)
        owned = set() if in_place or old else {
            t.subject for t in new if isinstance(t.subject, NamedNode)
            and (t.subject.value == article_iri or t.subject.value.startswith(claim_ns))}
        present = self._in_union(sorted((t for t in new if t.subject not in owned), key=str))
        added = sorted((t for t in new if t not in present), key=str)
        known = self._subjects_in_union(sorted({t.subject for t in added if t.subject not in owned}, key=str))
        new_subjects = sorted({t.subject.value for t in added if t.subject not in known})
        ignore = set(drop) | {article_iri}
        candidates = sorted(old - new, key=str)
        removed = sorted(self._unsupported(candidates, ignore), key=str) if candidates else []
        # 1. the article graph, replaced as a whole
        self._put_graph(article_iri, triples)
        # 2. union graph and bookkeeping, one update request
        M = self.META
        ops = [f"DROP SILENT GRAPH <{og}>" for og in drop if og != article_iri]
        ops += self._delete_unsupported(candidates, ())
        ops += self._union_ops_for_new(article_iri, drop)
        ops.append(f"DELETE WHERE {{ GRAPH <{M}> {{ {node} ?p ?o }} }}")
        meta = [Triple(node, kgo("sourceKey"), Literal(source_key)),
                Triple(node, NamedNode(PROV + "wasDerivedFrom"), g),
                Triple(node, kgo("contentHash"), Literal(content_hash)),
                Triple(node, kgo("extractorVersion"), Literal(extractor_version))]
        ops.append(f"INSERT DATA {{ GRAPH <{M}> {{\n{_nt(meta)}}} }}")
        try:
            self._update(ops)
        except RemoteStoreError as e:
            raise RemoteStoreError(f"article {source_key}: graph <{article_iri}> was uploaded but the union/"
                                   f"bookkeeping update failed, so the next `kg build` rewrites it: {e}") from None
        return Change(added=added, removed=removed, new_subjects=new_subjects)

    def _resolve(self, key_or_iri: str) -> set[str]:
        node = self._source_node(key_or_iri)
        if any(k == key_or_iri for k, _, _, _ in self._entries(f"VALUES ?n {{ {node} }}")):
            return {key_or_iri}
        iri = key_or_iri
        if iri.startswith("kga:"):
            iri = ARTICLE_BASE + iri[4:]
        elif iri.startswith("<") and iri.endswith(">"):
            iri = iri[1:-1]
        elif not iri.startswith(("http://", "https://")):
            iri = ARTICLE_BASE + iri
        return self._keys_of([iri]).get(iri, set())

    def _remove_keys(self, keys: set[str]) -> None:
        index = self.article_index()
        drop = self._graphs_to_drop(keys, {k: index[k][0] for k in keys if k in index})
        skip = ", ".join(f"<{g}>" for g in sorted({self.UNION, self.ONTOLOGY, self.META, *drop}))
        ops = [f"DELETE {{ GRAPH <{self.UNION}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} "
               f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g NOT IN ({skip})) }} }}" for g in drop]
        ops += [f"DROP SILENT GRAPH <{g}>" for g in drop]
        ops += [f"DELETE WHERE {{ GRAPH <{self.META}> {{ {self._source_node(k)} ?p ?o }} }}" for k in sorted(keys)]
        self._update(ops)

    # -- reads -------------------------------------------------------------------------------
    def _named_graphs(self) -> list[str]:
        rows = self._rows("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")
        return sorted(r[0].value for r in rows if isinstance(r[0], NamedNode) and r[0].value != self.META)

    def query(self, sparql: str, *, params: dict[str, str] | None = None,
              timeout_s: float | None = None) -> QueryResult:
        """Run a read-only SPARQL query on the server. The default graph is the union graph (unless the query
        has FROM); GRAPH ?g ranges over the ontology, registry, union and article graphs."""
        has_from = check_query(sparql)
        subs = {k: parse_param(k, v) for k, v in (params or {}).items()}
        head = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in prefixes().items())
        text = head + bind_values(sparql, subs)  # inline VALUES: FILTERs see the parameters too
        dataset: dict[str, list[str]] = {}
        if not has_from:
            dataset["default-graph-uri"] = [self.UNION]
            if uses_graph(sparql):
                dataset["named-graph-uri"] = self._named_graphs()
        try:
            return self._sparql(text, dataset=dataset, timeout_s=timeout_s)
        except QueryError as e:
            if e.line is None or isinstance(e, QueryTimeoutError):
                raise
            line = e.line - head.count("\n")  # the error in the user's own lines
            msg = re.sub(r"line \d+", f"line {line}", str(e), count=1)
            raise QueryError(msg, line=line, column=e.column) from None

    def union_triples(self) -> list[Triple]:
        return as_triples(Quad(t.subject, t.predicate, t.object) for t in self._get_graph(self.UNION))

    def dataset_quads(self) -> list[Quad]:
        """Every quad of the named graphs (ontology, registry, union, articles); not the bookkeeping."""
        r = self._http("GET", self.gsp_url, headers={"Accept": _NQ}, ok=(200, 400, 404, 405, 406))
        if r.status_code == 200:  # Oxigraph: the whole dataset in one response
            quads = parse(r.content, format=RdfFormat.N_QUADS)
            return [q for q in quads if isinstance(q.graph_name, NamedNode) and q.graph_name.value != self.META]
        out: list[Quad] = []
        for g in self._named_graphs():
            gn = NamedNode(g)
            out += [Quad(t.subject, t.predicate, t.object, gn) for t in self._get_graph(g)]
        return out

    def export(self, fmt: str, path: str) -> None:
        """Write the union graph (turtle, jsonld) or every named graph (trig, nquads) to `path`, atomically."""
        export_store(self, fmt, path)

    def stats(self) -> dict[str, Any]:
        """Counts by class, predicate and language, and facts/claims per article (as the embedded store)."""
        from kg.query import compact as short

        def sel(q: str) -> list[tuple]:
            return self.query(q).rows

        def compact(term) -> str:
            return short(term.value) if term is not None else ""

        def num(term) -> int:
            return int(term.value) if term is not None else 0

        by_class = {compact(c): num(n) for c, n in sel(
            "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c")}
        by_pred = {compact(p): num(n) for p, n in sel(
            "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p")}
        by_lang = {(lg.value if lg is not None else "?"): num(n) for lg, n in sel(
            "SELECT ?l (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a kgo:Article ; dcterms:language ?l } GROUP BY ?l")}
        art = f'FILTER(STRSTARTS(STR(?g), "{ARTICLE_BASE}"))'
        claims = {g.value: num(n) for g, n in sel(
            f"SELECT ?g (COUNT(DISTINCT ?c) AS ?n) WHERE {{ GRAPH ?g {{ ?c a kgo:Claim }} {art} }} GROUP BY ?g")}
        facts = {g.value: num(n) for g, n in sel(
            "SELECT ?g (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?g ?s ?p ?o WHERE { GRAPH ?g { "
            "?c a kgo:Claim ; kgo:polarity kgo:Positive ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o . "
            f"?s ?p ?o }} {art} }} }} GROUP BY ?g")}
        per_article = [{"source_key": key, "article": iri, "extractor": version,
                        "facts": facts.get(iri, 0), "claims": claims.get(iri, 0)}
                       for key, (iri, _, version) in sorted(self.article_index().items())]
        size = sel("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        distinct_facts = sel(
            "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?c a kgo:Claim ; "
            "kgo:polarity kgo:Positive ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o . ?s ?p ?o } }")
        prov = sel("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s kgo:provisional true }")
        return {
            "store": self.location,
            "triples": num(size[0][0]) if size else 0,
            "articles": len(per_article),
            "claims": by_class.get("kgo:Claim", 0),
            "facts": num(distinct_facts[0][0]) if distinct_facts else 0,
            "provisional_entities": num(prov[0][0]) if prov else 0,
            "by_class": dict(sorted(by_class.items())),
            "by_predicate": dict(sorted(by_pred.items())),
            "by_language": dict(sorted(by_lang.items())),
            "per_article": per_article,
        }


class _TooSlow(Exception):
    """The answer did not arrive completely before the deadline."""


def _read_body(r: Any, deadline: float) -> None:
    """Read the body of a streamed requests response (r.content) by `deadline` (time.monotonic()), or raise
    _TooSlow: a timer shuts the connection's socket down, which ends the blocked read at once."""
    conn = getattr(r.raw, "connection", None)
    sock = getattr(conn, "sock", None)
    fired = threading.Event()

    def cut() -> None:
        fired.set()
        try:
            if sock is not None:
                sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    timer = threading.Timer(max(0.0, deadline - time.monotonic()), cut)
    timer.daemon = True
    timer.start()
    try:
        r.content  # noqa: B018 - reads and keeps the body
    except Exception:
        if fired.is_set():
            r.close()
            raise _TooSlow("the server sent the answer too slowly") from None
        raise
    finally:
        timer.cancel()


def _triples(data: bytes) -> list[Triple]:
    return [x.triple if isinstance(x, Quad) else x for x in parse(data, format=RdfFormat.N_TRIPLES)]


def _short(msg: str, n: int = 400) -> str:
    msg = " ".join(msg.split())
    return msg if len(msg) <= n else msg[:n - 3] + "..."


__all__ = ["RemoteStore", "endpoints", "to_nquads"]
