"""Embedded store: Oxigraph (RocksDB) in a directory, one writer at a time, any number of readers.

Layout of the store directory:
    oxigraph/     the RocksDB database
    write.lock    held (flock) by the single writer; records pid, host and command

Graphs: the ontology, the registry, one graph per article (named by the article IRI), the union
graph (de-duplicated union of the registry and every article graph: facts, entity descriptions,
claims, article descriptions), and an internal bookkeeping graph (never exported or queried).
Every write is one SPARQL update, i.e. one transaction: the article graph, the union graph and the
bookkeeping change together or not at all.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from pathlib import Path
from typing import Any, Iterable

from pyoxigraph import (BlankNode, DefaultGraph, Literal, NamedNode, Quad, QueryBoolean, QuerySolutions,
                        RdfFormat, Store as OxStore, Triple, Variable, serialize)

from kg import ontology
from kg.errors import QueryError, StoreError
from kg.export import as_triples
from kg.graph import PROV, iri_of, kgo, prefixes, to_nquads
from kg.model import ARTICLE_BASE
from kg.store.base import ArticleRemoval, Change, QueryResult, export_store
from kg.store.lock import WriteLock
from kg.store.sparql import bind_values, check_query, parse_param, query_error, uses_graph
from kg.store.worker import run_with_timeout

DATA_DIR = "oxigraph"
LOCK_FILE = "write.lock"


def _graph_iris() -> tuple[str, str, str, str]:
    union = iri_of(ontology.GRAPH_UNION)
    meta = union.rsplit("/", 1)[0] + "/kg-store-bookkeeping"  # internal, never exported
    return union, iri_of(ontology.GRAPH_REGISTRY), iri_of(ontology.GRAPH_ONTOLOGY), meta


def _has_blank(t: Triple | Quad) -> bool:
    return isinstance(t.subject, BlankNode) or isinstance(t.object, BlankNode)


def _triple_line(t: Triple | Quad) -> str:
    return f"{t.subject} {t.predicate} {t.object} ."


def _nt_lines(triples: Iterable[Triple]) -> str:
    """Triples as N-Triples lines (valid inside SPARQL INSERT/DELETE DATA), serialised by pyoxigraph."""
    data = serialize(list(triples), format=RdfFormat.N_TRIPLES)
    return data.decode("utf-8") if data else ""


def _as_triple(x: Any) -> Triple:
    if isinstance(x, Triple):
        return x
    if isinstance(x, Quad):
        return x.triple
    s, p, o = x[0], x[1], x[2]
    return Triple(s, p, o)


def _nt_hash(triples: Iterable[Triple]) -> str:
    text = to_nquads(Quad(t.subject, t.predicate, t.object, DefaultGraph()) for t in triples)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def stale_schema_graphs(store) -> Iterable[tuple[str, list[Triple], str, bool]]:
    """(graph IRI, triples, content hash, whether it feeds the union graph) of the ontology and registry graphs
    that `store` (anything with ONTOLOGY, REGISTRY and _meta_hash) lacks or holds in an older version."""
    for graph, loader, union in ((store.ONTOLOGY, ontology.ontology_quads, False),
                                 (store.REGISTRY, ontology.registry_quads, True)):
        triples = [_as_triple(x) for x in loader()]
        h = _nt_hash(triples)
        if store._meta_hash(graph) != h:
            yield graph, triples, h, union


def _run(fn, timeout_s: float | None):
    """Run fn(); with a time limit, in a forked worker that is killed when the time is up (kg.store.worker)."""
    return run_with_timeout(fn, timeout_s)


READ_ONLY_ATTEMPTS = 6
CREATING_DIR = DATA_DIR + ".creating"


def _create_database(tmp: Path, data: Path) -> None:
    """Create the database beside its final place and rename it in: a writer killed while RocksDB creates
    its column families would otherwise leave a database that cannot be opened read-only. Called with the
    write lock held, so a leftover temp directory is from a dead writer."""
    if tmp.exists():
        shutil.rmtree(tmp)
    db = OxStore(str(tmp))
    db.flush()
    del db  # closes the database (reference counting)
    os.replace(tmp, data)




def _open_read_only(data: Path, root: Path) -> OxStore:
    """Open the database read-only. A writer in another process may be compacting: the files the manifest
    named can vanish while RocksDB opens them ("Corruption: ... No such file"). Try again on a fresh
    manifest a few times; once open, a reader holds its files and is unaffected by the writer."""
    for attempt in range(READ_ONLY_ATTEMPTS):
        try:
            return OxStore.read_only(str(data))
        except (OSError, RuntimeError) as e:
            if attempt == READ_ONLY_ATTEMPTS - 1:
                raise StoreError(f"cannot open store {root} read-only: {e}") from None
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")  # pragma: no cover


def materialize(res: Any) -> QueryResult:
    if isinstance(res, QuerySolutions):
        names = [v.value for v in res.variables]
        rows = [tuple(sol[n] for n in names) for sol in res]
        return QueryResult("select", variables=names, rows=rows)
    if isinstance(res, QueryBoolean):
        return QueryResult("ask", boolean=bool(res))
    return QueryResult("graph", triples=list(res))


class OxigraphStore(ArticleRemoval):
    """See the module docstring. Use as a context manager or call close()."""

    def __init__(self, path: str | Path, *, read_only: bool = False):
        self.location = str(path)
        self.read_only = read_only
        self._lock: WriteLock | None = None
        root = Path(path)
        data = root / DATA_DIR
        self.UNION, self.REGISTRY, self.ONTOLOGY, self.META = _graph_iris()
        if read_only:
            if not data.is_dir():
                raise StoreError(f"no store at {root} (run `kg build` first)")
            self._db = _open_read_only(data, root)
            return
        if root.exists() and not root.is_dir():
            raise StoreError(f"store path {root} is a file, not a directory")
        if root.is_dir() and not data.exists() and any(p.name not in (LOCK_FILE, CREATING_DIR)
                                                        for p in root.iterdir()):
            raise StoreError(f"{root} is not empty and is not a kg store; choose another --store")
        root.mkdir(parents=True, exist_ok=True)
        self._lock = WriteLock(str(root / LOCK_FILE))
        self._lock.acquire()
        try:
            try:
                if not data.exists():
                    _create_database(root / CREATING_DIR, data)
                self._db = OxStore(str(data))
            except OSError as e:
                raise StoreError(f"cannot open store {root}: {e}") from None
            self._sync_ontology()
        except BaseException:
            self._lock.release()
            self._lock = None
            raise

    # -- lifecycle ---------------------------------------------------------------------------
    def close(self) -> None:
        db = getattr(self, "_db", None)
        if db is not None:
            if not self.read_only:
                db.flush()
            self._db = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> "OxigraphStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _writable(self) -> OxStore:
        if self.read_only:
            raise StoreError(f"store {self.location} was opened read-only")
        if self._db is None:
            raise StoreError("store is closed")
        return self._db

    @property
    def db(self) -> OxStore:
        if self._db is None:
            raise StoreError("store is closed")
        return self._db

    # -- bookkeeping -------------------------------------------------------------------------
    def _meta_hash(self, graph: str) -> str | None:
        for q in self.db.quads_for_pattern(NamedNode(graph), kgo("contentHash"), None, NamedNode(self.META)):
            return q.object.value
        return None

    def _source_node(self, source_key: str) -> NamedNode:
        return NamedNode(self.META + "/source/" + hashlib.sha256(source_key.encode("utf-8")).hexdigest()[:32])

    def _sync_ontology(self) -> None:
        """(Re)load the ontology and registry graphs when missing or changed."""
        for graph, triples, h, union in stale_schema_graphs(self):
            g = NamedNode(graph)
            quads = [Quad(t.subject, t.predicate, t.object, g) for t in triples]
            meta = [Quad(g, kgo("contentHash"), Literal(h), NamedNode(self.META))]
            self._write(drop=[graph], new_graph=graph, quads=quads, union=union,
                        meta_clear=[g], meta_add=meta)

    def article_index(self) -> dict[str, tuple[str, str, str]]:
        """source_key -> (article IRI, content hash, extractor version)."""
        m = NamedNode(self.META)
        nodes: dict[str, dict[str, str]] = {}
        for pred, key in ((kgo("sourceKey"), "k"), (NamedNode(PROV + "wasDerivedFrom"), "a"),
                          (kgo("contentHash"), "h"), (kgo("extractorVersion"), "v")):
            for q in self.db.quads_for_pattern(None, pred, None, m):
                nodes.setdefault(q.subject.value, {})[key] = q.object.value
        return {d["k"]: (d.get("a", ""), d.get("h", ""), d.get("v", ""))
                for d in nodes.values() if "k" in d}

    # -- writes ------------------------------------------------------------------------------
    def _write(self, *, drop: list[str], new_graph: str | None, quads: list[Quad], union: bool,
               meta_clear: list[NamedNode], meta_add: list[Quad], fresh: bool = False) -> Change:
        """One atomic update: drop graphs, write the new one, keep the union graph exact.

        Triples about an article node or its claims (kgc: IRIs hash the article IRI) live in that
        article's graph only, so they need no look-ups: they enter the union when the graph is `fresh`
        (not in the store before) and leave it when their graph is dropped (and not rewritten)."""
        db = self._writable()
        claim_ns = iri_of(ontology.CLAIM_NS)
        U, M = NamedNode(self.UNION), NamedNode(self.META)
        excluded = {self.UNION, self.ONTOLOGY, self.META, *drop}
        new_triples = {q.triple for q in quads if not _has_blank(q)} if union else set()
        removed: list[Triple] = []
        added: list[Triple] = []
        new_subjects: list[str] = []
        if union:
            old: set[Triple] = set()
            for g in drop:
                old.update(q.triple for q in db.quads_for_pattern(None, None, None, NamedNode(g))
                           if not _has_blank(q))
            own_old = {g for g in drop if g.startswith(ARTICLE_BASE)} - {new_graph}
            for t in sorted(old - new_triples, key=str):
                if own_old and isinstance(t.subject, NamedNode) and (
                        t.subject.value in own_old or t.subject.value.startswith(claim_ns)):
                    removed.append(t)
                    continue
                support = db.quads_for_pattern(t.subject, t.predicate, t.object, None)
                if not any(q.graph_name.value not in excluded for q in support
                           if isinstance(q.graph_name, NamedNode)):
                    removed.append(t)
            owned: set = set()
            for t in sorted(new_triples, key=str):
                if fresh and isinstance(t.subject, NamedNode) and (
                        t.subject.value == new_graph or t.subject.value.startswith(claim_ns)):
                    owned.add(t.subject)
                    added.append(t)
                elif not any(True for _ in db.quads_for_pattern(t.subject, t.predicate, t.object, U)):
                    added.append(t)
            for s in sorted({t.subject for t in added}, key=str):
                if s in owned or not any(True for _ in db.quads_for_pattern(s, None, None, U)):
                    new_subjects.append(s.value)
        ops = [f"DROP SILENT GRAPH <{g}>" for g in drop]
        ops += [f"DELETE WHERE {{ GRAPH <{M.value}> {{ {n} ?p ?o }} }}" for n in meta_clear]
        if removed:
            ops.append(f"DELETE DATA {{ GRAPH <{U.value}> {{\n" + _nt_lines(removed) + "\n} }")
        inserts = ([Quad(q.subject, q.predicate, q.object, NamedNode(new_graph)) for q in quads]
                   if new_graph is not None else [])
        inserts += [Quad(t.subject, t.predicate, t.object, U) for t in added] + list(meta_add)
        try:
            if any(_has_blank(q) for q in inserts):
                # SPARQL INSERT DATA would mint fresh blank nodes; keep the given (deterministic) ids.
                # Two steps: if interrupted in between, the content hash is missing and the graph reloads.
                if ops:
                    db.update(" ;\n".join(ops))
                db.extend(inserts)
                return Change(added=added, removed=removed, new_subjects=new_subjects)
            by_graph: dict[str, list[Quad]] = {}
            for q in inserts:
                by_graph.setdefault(q.graph_name.value, []).append(q)
            if by_graph:
                ops.append("INSERT DATA {\n" + "\n".join(
                    f"GRAPH <{g}> {{\n" + _nt_lines(q.triple for q in qs) + "\n}" for g, qs in by_graph.items())
                    + "\n}")
            if ops:
                db.update(" ;\n".join(ops))  # one update = one transaction
        except (OSError, SyntaxError, RuntimeError, ValueError) as e:
            raise StoreError(f"write failed: {e}") from None
        return Change(added=added, removed=removed, new_subjects=new_subjects)

    def _entry(self, source_key: str) -> tuple[str, str, str] | None:
        """(article IRI, content hash, extractor version) of one source key, by direct lookup."""
        d: dict[str, str] = {}
        for q in self.db.quads_for_pattern(self._source_node(source_key), None, None, NamedNode(self.META)):
            d[q.predicate.value] = q.object.value
        if kgo("sourceKey").value not in d:
            return None
        return (d.get(PROV + "wasDerivedFrom", ""), d.get(kgo("contentHash").value, ""),
                d.get(kgo("extractorVersion").value, ""))

    def _keys_of(self, article_iri: str) -> set[str]:
        """Source keys whose article graph is `article_iri`."""
        M = NamedNode(self.META)
        keys = set()
        for q in self.db.quads_for_pattern(None, NamedNode(PROV + "wasDerivedFrom"), NamedNode(article_iri), M):
            for k in self.db.quads_for_pattern(q.subject, kgo("sourceKey"), None, M):
                keys.add(k.object.value)
        return keys

    def _graphs_to_drop(self, keys: set[str]) -> list[str]:
        """Article graphs of `keys` that no other source key still uses."""
        gone = {e[0] for e in map(self._entry, keys) if e and e[0]}
        return sorted(g for g in gone if not (self._keys_of(g) - keys))

    def replace_article(self, source_key: str, article_iri: str, quads: Iterable[Quad], *,
                        content_hash: str = "", extractor_version: str = "") -> Change:
        """Atomically replace the graph of `source_key` with `quads` (which belong to graph `article_iri`)."""
        self._writable()
        g = NamedNode(article_iri)
        quads = [Quad(q.subject, q.predicate, q.object, g) for q in quads]
        if not content_hash:
            content_hash = next((q.object.value for q in quads
                                 if q.subject == g and q.predicate == kgo("contentHash")), "")
        drop = self._graphs_to_drop({source_key})
        if article_iri not in drop and self._keys_of(article_iri):
            drop.append(article_iri)  # rewrite a graph shared with another key in place
        fresh = article_iri not in drop and not self.db.contains_named_graph(g)
        node = self._source_node(source_key)
        M = NamedNode(self.META)
        meta = [Quad(node, kgo("sourceKey"), Literal(source_key), M),
                Quad(node, NamedNode(PROV + "wasDerivedFrom"), g, M),
                Quad(node, kgo("contentHash"), Literal(content_hash), M),
                Quad(node, kgo("extractorVersion"), Literal(extractor_version), M)]
        return self._write(drop=drop, new_graph=article_iri, quads=quads, union=True,
                           meta_clear=[node], meta_add=meta, fresh=fresh)

    def _resolve(self, key_or_iri: str) -> set[str]:
        if self._entry(key_or_iri):
            return {key_or_iri}
        iri = key_or_iri
        if iri.startswith("kga:"):
            iri = ARTICLE_BASE + iri[4:]
        elif iri.startswith("<") and iri.endswith(">"):
            iri = iri[1:-1]
        elif not iri.startswith(("http://", "https://")):
            iri = ARTICLE_BASE + iri
        return self._keys_of(iri)

    def _remove_keys(self, keys: set[str]) -> Change:
        return self._write(drop=self._graphs_to_drop(keys), new_graph=None, quads=[], union=True,
                           meta_clear=[self._source_node(k) for k in sorted(keys)], meta_add=[])

    # -- reads -------------------------------------------------------------------------------
    def _named_graphs(self) -> list[NamedNode]:
        return [g for g in self.db.named_graphs() if isinstance(g, NamedNode) and g.value != self.META]

    def query(self, sparql: str, *, params: dict[str, str] | None = None,
              timeout_s: float | None = None) -> QueryResult:
        """Run a read-only SPARQL query. The default graph is the union graph (unless the query has FROM);
        GRAPH ?g ranges over the ontology, registry, union and article graphs."""
        has_from = check_query(sparql)
        subs = {Variable(k): parse_param(k, v) for k, v in (params or {}).items()}
        kwargs: dict[str, Any] = {"prefixes": prefixes()}
        if not has_from:
            kwargs["default_graph"] = NamedNode(self.UNION)
            # listing every article graph costs ~1 ms per 1,000 articles: only for queries that use GRAPH
            kwargs["named_graphs"] = self._named_graphs() if uses_graph(sparql) else []
        db = self.db

        def run() -> QueryResult:
            try:
                try:
                    return materialize(db.query(sparql, substitutions=subs or None, **kwargs))
                except RuntimeError as e:
                    if not subs or "projection" not in str(e):
                        raise
                # a parameter that is not projected: bind it with an inline VALUES block instead
                bound = bind_values(sparql, {v.value: t for v, t in subs.items()})
                return materialize(db.query(bound, **kwargs))
            except SyntaxError as e:
                raise query_error(e) from None
            except OSError as e:
                raise StoreError(f"query failed: {e}") from None
            except RuntimeError as e:
                raise QueryError(f"query failed: {e}") from None

        return _run(run, timeout_s)

    def _select(self, sparql: str) -> list[tuple]:
        res = self.db.query(sparql, prefixes=prefixes(), default_graph=NamedNode(self.UNION),
                            named_graphs=self._named_graphs())
        return [tuple(sol[v.value] for v in res.variables) for sol in res]

    def union_triples(self) -> list[Triple]:
        return as_triples(self.db.quads_for_pattern(None, None, None, NamedNode(self.UNION)))

    def dataset_quads(self) -> list[Quad]:
        """Every quad of the named graphs (ontology, registry, union, articles); not the bookkeeping."""
        return [q for q in self.db.quads_for_pattern(None, None, None, None)
                if not (isinstance(q.graph_name, NamedNode) and q.graph_name.value == self.META)]

    def export(self, fmt: str, path: str) -> None:
        """Write the union graph (turtle, jsonld) or every named graph (trig, nquads) to `path`, atomically."""
        export_store(self, fmt, path)

    def stats(self) -> dict[str, Any]:
        """Counts by class, predicate and language, and facts/claims per article."""
        def compact(term) -> str:
            from kg.query import compact as short

            return short(term.value) if term is not None else ""

        def num(term) -> int:
            return int(term.value) if term is not None else 0

        by_class = {compact(c): num(n) for c, n in self._select(
            "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c")}
        by_pred = {compact(p): num(n) for p, n in self._select(
            "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p")}
        by_lang = {(l.value if l is not None else "?"): num(n) for l, n in self._select(
            "SELECT ?l (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a kgo:Article ; dcterms:language ?l } GROUP BY ?l")}
        art_filter = f'FILTER(STRSTARTS(STR(?g), "{ARTICLE_BASE}"))'
        claims = {g.value: num(n) for g, n in self._select(
            f"SELECT ?g (COUNT(DISTINCT ?c) AS ?n) WHERE {{ GRAPH ?g {{ ?c a kgo:Claim }} {art_filter} }} GROUP BY ?g")}
        facts = {g.value: num(n) for g, n in self._select(
            "SELECT ?g (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?g ?s ?p ?o WHERE { GRAPH ?g { "
            "?c a kgo:Claim ; kgo:polarity kgo:Positive ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o . "
            f"?s ?p ?o }} {art_filter} }} }} GROUP BY ?g")}
        per_article = []
        for key, (iri, _, version) in sorted(self.article_index().items()):
            per_article.append({"source_key": key, "article": iri, "extractor": version,
                                "facts": facts.get(iri, 0), "claims": claims.get(iri, 0)})
        union_size = sum(1 for _ in self.db.quads_for_pattern(None, None, None, NamedNode(self.UNION)))
        distinct_facts = self._select(
            "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?c a kgo:Claim ; "
            "kgo:polarity kgo:Positive ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o . ?s ?p ?o } }")
        prov = self._select("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s kgo:provisional true }")
        return {
            "store": self.location,
            "triples": union_size,
            "articles": len(per_article),
            "claims": by_class.get("kgo:Claim", 0),
            "facts": num(distinct_facts[0][0]) if distinct_facts else 0,
            "provisional_entities": num(prov[0][0]) if prov else 0,
            "by_class": dict(sorted(by_class.items())),
            "by_predicate": dict(sorted(by_pred.items())),
            "by_language": dict(sorted(by_lang.items())),
            "per_article": per_article,
        }
