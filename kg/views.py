"""Temporary, in-memory views of a store for `kg query --as-of DATE` and `kg query --infer`.

A view copies the store's named graphs (ontology, registry, union, articles) into an in-memory Oxigraph
dataset, changes it, and answers queries like a store (same safety checks, same ``--param`` binding).
The store itself is never written.

``--as-of YYYY-MM-DD`` — "what did we know on that day": the view keeps evidence published up to DATE
(inclusive) and the facts it supports:
  * claims whose kgo:articleDate is after DATE, or that have no date, are removed, and so are articles
    whose dcterms:date is after DATE or missing (with their named graphs);
  * a fact (s p o with at least one claim) stays only if a remaining *positive* claim supports it;
  * entities discovered in articles (kgo:provisional) stay only if a remaining claim or article refers
    to them; registry entities, labels and everything without claims stay.

``--infer`` adds the named graph https://w3id.org/cnaichips/graph/inferred (see kg.reason), computed on
the (possibly date-filtered) union graph only; the default graph of the view is then union + inferred.
"""

from __future__ import annotations

import datetime as _dt
import threading
from typing import Any, Iterable

from pyoxigraph import Literal, NamedNode, Quad, Store as OxStore, Triple, Variable

from kg import ontology
from kg.errors import InputError, QueryError, QueryTimeoutError, StoreError
from kg.graph import prefixes
from kg.model import ARTICLE_BASE
from kg.store.base import QueryResult
from kg.store.sparql import check_query, parse_param, query_error

_RDF = str(ontology.RDF)
_KGO = ontology.ONTOLOGY_NS
_CLAIM = NamedNode(_KGO + "Claim")
_ARTICLE = NamedNode(_KGO + "Article")
_TYPE = _RDF + "type"


def parse_date(value: str) -> str:
    """An ISO date (YYYY-MM-DD) or InputError."""
    try:
        return _dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise InputError(f"--as-of {value!r} is not a date (YYYY-MM-DD)") from None


def _materialize(res: Any) -> QueryResult:
    from pyoxigraph import QueryBoolean, QuerySolutions

    if isinstance(res, QuerySolutions):
        names = [v.value for v in res.variables]
        return QueryResult("select", variables=names, rows=[tuple(sol[n] for n in names) for sol in res])
    if isinstance(res, QueryBoolean):
        return QueryResult("ask", boolean=bool(res))
    return QueryResult("graph", triples=list(res))


class DatasetView:
    """An in-memory dataset answering read-only queries like a Store (query/close/context manager)."""

    read_only = True

    def __init__(self, location: str, quads: Iterable[Quad], default_graphs: list[str]):
        self.location = location
        self.db = OxStore()
        self.db.extend(list(quads))
        self.default_graphs = [NamedNode(g) for g in default_graphs]

    def named_graphs(self) -> list[NamedNode]:
        return [g for g in self.db.named_graphs() if isinstance(g, NamedNode)]

    def query(self, sparql: str, *, params: dict[str, str] | None = None,
              timeout_s: float | None = None) -> QueryResult:
        has_from = check_query(sparql)
        subs = {Variable(k): parse_param(k, v) for k, v in (params or {}).items()}
        kwargs: dict[str, Any] = {"prefixes": prefixes()}
        if not has_from:
            kwargs["default_graph"] = self.default_graphs
            kwargs["named_graphs"] = self.named_graphs()

        def run() -> QueryResult:
            try:
                try:
                    return _materialize(self.db.query(sparql, substitutions=subs or None, **kwargs))
                except RuntimeError as e:
                    if not subs or "projection" not in str(e):
                        raise
                names = sorted(subs, key=lambda v: v.value)
                values = (f"\nVALUES ({' '.join('?' + v.value for v in names)}) "
                          f"{{ ({' '.join(str(subs[v]) for v in names)}) }}")
                return _materialize(self.db.query(sparql + values, **kwargs))
            except SyntaxError as e:
                raise query_error(e) from None
            except RuntimeError as e:
                raise QueryError(f"query failed: {e}") from None

        if not timeout_s:
            return run()
        box: dict[str, Any] = {}

        def target():
            try:
                box["value"] = run()
            except BaseException as e:  # re-raised below
                box["error"] = e

        t = threading.Thread(target=target, name="kg-view-query", daemon=True)
        t.start()
        t.join(timeout_s)
        if t.is_alive():
            raise QueryTimeoutError(f"query stopped after {timeout_s:g} s (time limit)")
        if "error" in box:
            raise box["error"]
        return box["value"]

    def close(self) -> None:
        self.db = None  # type: ignore[assignment]

    def __enter__(self) -> "DatasetView":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def store_quads(store) -> list[Quad]:
    """Every quad of the store's named graphs, read through its query interface (works for any Store)."""
    res = store.query("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
    return [Quad(s, p, o, g) for g, s, p, o in res.rows]


def filter_as_of(triples: list[Triple], date: str) -> tuple[list[Triple], set[str]]:
    """The union graph as known on `date` (see the module docstring) and the IRIs of the articles kept."""
    date = parse_date(date)
    subj, pred, obj, pol = _RDF + "subject", _RDF + "predicate", _RDF + "object", _KGO + "polarity"
    claim_date, art_date = _KGO + "articleDate", str(ontology.DCTERMS) + "date"
    claims: dict[Any, dict[str, Any]] = {}
    articles: dict[Any, str | None] = {}
    provisional = set()
    article_nodes = set()
    for t in triples:
        p = t.predicate.value
        if p == _TYPE and t.object == _CLAIM:
            claims.setdefault(t.subject, {})
        elif p == _TYPE and t.object == _ARTICLE:
            article_nodes.add(t.subject)
            articles.setdefault(t.subject, None)
        elif p in (subj, pred, obj, pol, claim_date):
            claims.setdefault(t.subject, {})[p] = t.object
        elif p == art_date and isinstance(t.object, Literal):
            articles[t.subject] = t.object.value
        elif p == _KGO + "provisional":
            provisional.add(t.subject)
    articles = {a: d for a, d in articles.items() if a in article_nodes}  # dcterms:date of articles only
    drop_claims = set()
    claimed: set[tuple] = set()
    supported: set[tuple] = set()
    for c, d in claims.items():
        key = (d.get(subj), d.get(pred), d.get(obj))
        claimed.add(key)
        cd = d.get(claim_date)
        if cd is None or cd.value > date:
            drop_claims.add(c)
        elif d.get(pol) == NamedNode(_KGO + "Positive"):
            supported.add(key)
    drop_articles = {a for a, d in articles.items() if d is None or d > date}
    gone = drop_claims | drop_articles
    referenced: set = set()
    for c, d in claims.items():
        if c not in drop_claims:
            referenced.add(d.get(subj))
            referenced.add(d.get(obj))
    mentions = _KGO + "mentions"
    for t in triples:
        if t.predicate.value == mentions and t.subject not in drop_articles:
            referenced.add(t.object)
    out = []
    for t in triples:
        if t.subject in gone:
            continue
        key = (t.subject, t.predicate, t.object)
        if key in claimed and key not in supported:
            continue
        if t.subject in provisional and t.subject not in referenced:
            continue
        if t.object in provisional and t.object not in referenced:
            continue
        out.append(t)
    kept = {a.value for a in articles if a not in drop_articles and isinstance(a, NamedNode)}
    return out, kept


def build_view(store, *, as_of: str | None = None, infer: bool = False) -> DatasetView:
    """A DatasetView of `store` as known on `as_of` and/or with inferred triples (see the module docstring)."""
    from kg.reason import infer as run_inference

    union_iri = ontology.GRAPH_UNION
    quads = store_quads(store)
    union = [q.triple for q in quads if isinstance(q.graph_name, NamedNode) and q.graph_name.value == union_iri]
    others = [q for q in quads if not (isinstance(q.graph_name, NamedNode) and q.graph_name.value == union_iri)]
    if as_of is not None:
        union, kept = filter_as_of(union, as_of)
        others = [q for q in others if not (q.graph_name.value.startswith(ARTICLE_BASE)
                                            and q.graph_name.value not in kept)]
    U = NamedNode(union_iri)
    out = others + [Quad(t.subject, t.predicate, t.object, U) for t in union]
    graphs = [union_iri]
    if infer:
        I = NamedNode(ontology.GRAPH_INFERRED)
        out += [Quad(t.subject, t.predicate, t.object, I) for t in run_inference(union)]
        graphs.append(ontology.GRAPH_INFERRED)
    label = getattr(store, "location", "store")
    what = ", ".join(x for x in (f"as of {parse_date(as_of)}" if as_of else "", "inferred" if infer else "") if x)
    try:
        return DatasetView(f"{label} ({what})" if what else label, out, graphs)
    except (OSError, ValueError) as e:
        raise StoreError(f"cannot build the query view: {e}") from None


def run_query(store, *, sparql: str | None = None, name: str | None = None, params: dict[str, str] | None = None,
              as_of: str | None = None, infer: bool = False, timeout_s: float | None = None) -> QueryResult:
    """Run a SPARQL text or a named query on `store`, through a view when --as-of or --infer is asked."""
    from kg import queries

    if as_of is not None:
        parse_date(as_of)
    target = build_view(store, as_of=as_of, infer=infer) if (as_of is not None or infer) else store
    if name is not None:
        return queries.run(target, name, params, timeout_s=timeout_s)
    if sparql is None:
        raise QueryError("no query given")
    return target.query(sparql, params=params, timeout_s=timeout_s)
