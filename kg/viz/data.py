"""From the store to a networkx graph: entities as nodes, facts between entities as edges, with evidence.

Nodes are the entities (``kgid:`` IRIs) that take part in at least one fact between two entities (the
registry holds hundreds of entities no article mentions; they are left out), plus any focus entity.
Edges are keyed by the property's local name in a :class:`networkx.MultiDiGraph`; each carries the
positive claims that support it (quote, article, date, modality). An edge is *hedged* when every
supporting claim is hedged. Only :meth:`Store.query` is used, so any store backend works.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable

import networkx as nx
from pyoxigraph import NamedNode

from kg import ontology
from kg.errors import InputError, QueryError
from kg.graph import DCTERMS, OWL, PROV, RDF, SKOS, iri_of

LANGS = ("en", "it", "zh")
OTHER_CLASS = "Other"
MAX_EVIDENCE = 25  # quotes kept per edge / attribute (the rest are counted)

_KGO = iri_of(ontology.ONTOLOGY_NS)
_ENT = iri_of(ontology.ENTITY_NS)
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass
class VizOptions:
    """What to draw. Dates compare as ISO strings (YYYY, YYYY-MM or YYYY-MM-DD)."""

    focus: str | None = None
    depth: int = 1
    predicates: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    lang: str = "en"
    query: str | None = None  # text of a CONSTRUCT query whose IRI-to-IRI triples are the edges
    max_nodes: int | None = None
    timeout_s: float | None = None
    notes: list[str] = field(default_factory=list)

    def check(self) -> "VizOptions":
        if self.lang not in LANGS:
            raise InputError(f"--lang must be one of {', '.join(LANGS)}, not {self.lang!r}")
        if self.depth < 0:
            raise InputError("--depth must be 0 or more")
        for name, value in (("--since", self.since), ("--until", self.until)):
            if value is not None and not _DATE.match(value):
                raise InputError(f"{name} wants a date YYYY-MM-DD (or YYYY-MM, YYYY), not {value!r}")
        if self.max_nodes is not None and self.max_nodes < 1:
            raise InputError("--max-nodes must be at least 1")
        props = ontology.properties()
        bad = [p for p in self.predicates if p not in props]
        if bad:
            known = ", ".join(sorted(n for n, p in props.items() if p.kind == "object"))
            raise InputError(f"unknown predicate(s) {', '.join(bad)}; known: {known}")
        return self


def _local(iri: str) -> str:
    return iri[len(_KGO):] if iri.startswith(_KGO) else iri


def compact(iri: str) -> str:
    from kg.query import compact as short

    return short(iri)


def _val(term: Any) -> str | None:
    return None if term is None else term.value


def _lang(term: Any) -> str:
    return getattr(term, "language", None) or ""


def _in_range(date: str | None, since: str | None, until: str | None) -> bool:
    if since is None and until is None:
        return True
    if not date:
        return False
    if since is not None and date[:len(since)] < since:
        return False
    if until is not None and date[:len(until)] > until:
        return False
    return True


# ---------------------------------------------------------------------------------------------------
# SPARQL
# ---------------------------------------------------------------------------------------------------
Q_FACTS = f"""SELECT ?s ?p ?o WHERE {{
  ?s ?p ?o .
  FILTER(isIRI(?o) && STRSTARTS(STR(?p), "{_KGO}") && STRSTARTS(STR(?s), "{_ENT}") && STRSTARTS(STR(?o), "{_ENT}"))
}}"""

Q_ATTRS = f"""SELECT ?s ?p ?o WHERE {{
  ?s ?p ?o .
  FILTER(isLiteral(?o) && STRSTARTS(STR(?p), "{_KGO}") && STRSTARTS(STR(?s), "{_ENT}")
         && ?p != <{_KGO}provisional>)
}}"""

Q_CLAIMS = f"""SELECT ?c ?s ?p ?o ?mod ?quote ?a ?date ?conf WHERE {{
  ?c a <{_KGO}Claim> ; <{RDF}subject> ?s ; <{RDF}predicate> ?p ; <{RDF}object> ?o ;
     <{_KGO}polarity> <{_KGO}Positive> .
  OPTIONAL {{ ?c <{_KGO}modality> ?mod }}
  OPTIONAL {{ ?c <{_KGO}quote> ?quote }}
  OPTIONAL {{ ?c <{PROV}wasDerivedFrom> ?a }}
  OPTIONAL {{ ?c <{_KGO}articleDate> ?date }}
  OPTIONAL {{ ?c <{_KGO}confidence> ?conf }}
}}"""

Q_ARTICLES = f"""SELECT ?a ?p ?o WHERE {{
  ?a a <{_KGO}Article> ; ?p ?o .
  FILTER(?p IN (<{DCTERMS}title>, <{DCTERMS}date>, <{DCTERMS}language>, <{DCTERMS}source>,
                <{_KGO}sourceKey>, <{_KGO}reportedSource>))
}}"""

Q_NODES = f"""SELECT ?s ?p ?o WHERE {{
  ?s ?p ?o .
  FILTER(STRSTARTS(STR(?s), "{_ENT}"))
  FILTER(?p IN (<{RDF}type>, <{SKOS}prefLabel>, <{SKOS}altLabel>, <{_KGO}provisional>, <{OWL}sameAs>))
}}"""


def _rows(store, sparql: str, timeout_s: float | None) -> list[tuple]:
    return store.query(sparql, timeout_s=timeout_s).rows


# ---------------------------------------------------------------------------------------------------
# Entities
# ---------------------------------------------------------------------------------------------------
def _most_specific(types: Iterable[str]) -> str:
    known = set(ontology.classes())
    names = sorted({t for t in types if t in known and t not in ("Article", "Claim")})
    if not names:
        return OTHER_CLASS
    leaves = [n for n in names if not any(m != n and ontology.is_subclass(m, n) for m in names)]
    return leaves[0]


def _entity_info(store, timeout_s: float | None) -> dict[str, dict]:
    raw: dict[str, dict] = {}
    for s, p, o in _rows(store, Q_NODES, timeout_s):
        d = raw.setdefault(s.value, {"types": set(), "labels": {}, "alt": {}, "prov": False, "wd": None})
        pv = p.value
        if pv == RDF + "type":
            d["types"].add(_local(o.value))
        elif pv == SKOS + "prefLabel":
            lg = _lang(o)
            if lg not in d["labels"] or o.value < d["labels"][lg]:
                d["labels"][lg] = o.value
        elif pv == SKOS + "altLabel":
            d["alt"].setdefault(_lang(o), set()).add(o.value)
        elif pv == _KGO + "provisional":
            d["prov"] = d["prov"] or o.value in ("true", "1")
        elif pv == OWL + "sameAs" and o.value.startswith(ontology.WIKIDATA_NS):
            d["wd"] = o.value
    out = {}
    for iri, d in raw.items():
        out[iri] = {
            "cls": _most_specific(d["types"]),
            "labels": dict(sorted(d["labels"].items())),
            "alt_labels": {lg: sorted(v) for lg, v in sorted(d["alt"].items())},
            "provisional": d["prov"],
            "wikidata": d["wd"] or ontology.wikidata_of(iri),
        }
    return out


def pick_label(labels: dict[str, str], lang: str, iri: str) -> str:
    return (labels.get(lang) or labels.get("en") or labels.get("")
            or next(iter(labels.values()), None) or compact(iri))


def _articles(store, timeout_s: float | None) -> dict[str, dict]:
    arts: dict[str, dict] = {}
    for a, p, o in _rows(store, Q_ARTICLES, timeout_s):
        d = arts.setdefault(a.value, {"title": None, "date": None, "lang": None, "sources": [], "key": None,
                                      "outlets": []})
        pv = p.value
        if pv == DCTERMS + "title":
            d["title"] = o.value
        elif pv == DCTERMS + "date":
            d["date"] = o.value
        elif pv == DCTERMS + "language":
            d["lang"] = o.value
        elif pv == DCTERMS + "source":
            d["sources"].append(o.value)
        elif pv == _KGO + "sourceKey":
            d["key"] = o.value
        elif pv == _KGO + "reportedSource":
            d["outlets"].append(o.value)
    for d in arts.values():
        d["sources"].sort()
        d["outlets"].sort()
    return arts


# ---------------------------------------------------------------------------------------------------
# Focus
# ---------------------------------------------------------------------------------------------------
def find_entities(query: str, info: dict[str, dict]) -> list[str]:
    """IRIs whose IRI, kgid:/kgd: name, slug, preferred or alternative label matches ``query``."""
    q = query.strip()
    if not q:
        return []
    if q.startswith("<") and q.endswith(">"):
        q = q[1:-1]
    for pfx, base in (("kgid:", _ENT), ("kgd:", _ENT + "d/")):
        if q.startswith(pfx):
            q = base + q[len(pfx):]
    if q in info:
        return [q]
    for cand in (_ENT + q, _ENT + "d/" + q):
        if cand in info:
            return [cand]
    norm = ontology.normalize_label(q)
    exact = sorted(i for i, d in info.items() if any(ontology.normalize_label(v) == norm
                                                       for v in d["labels"].values()))
    if exact:
        return exact
    return sorted(i for i, d in info.items()
                  if any(ontology.normalize_label(v) == norm for vs in d["alt_labels"].values() for v in vs))


# ---------------------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------------------
def graph_from_store(store, options: VizOptions | None = None, **kwargs: Any) -> nx.MultiDiGraph:
    """The graph to draw, as a networkx MultiDiGraph (see the module docstring).

    Graph attributes: ``lang``, ``notes`` (what was filtered or cut, for the page), ``articles`` (IRI ->
    title, date, language, sources, outlets), ``focus`` (IRIs).
    """
    opts = (options or VizOptions(**kwargs)).check()
    t = opts.timeout_s
    info = _entity_info(store, t)
    articles = _articles(store, t)

    if opts.query:
        res = store.query(opts.query, timeout_s=t)
        if res.kind != "graph":
            raise QueryError("--query wants a CONSTRUCT (or DESCRIBE) query")
        triples = {(tr.subject.value, tr.predicate.value, tr.object.value) for tr in res.triples
                   if isinstance(tr.subject, NamedNode) and isinstance(tr.object, NamedNode)}
        facts = sorted(triples)
    else:
        facts = sorted({(s.value, p.value, o.value) for s, p, o in _rows(store, Q_FACTS, t)})

    evidence: dict[tuple[str, str, str], list[dict]] = {}
    for c, s, p, o, mod, quote, a, date, conf in _rows(store, Q_CLAIMS, t):
        if s is None or p is None or o is None:
            continue
        art = articles.get(_val(a) or "", {})
        day = _val(date) or art.get("date")
        if not _in_range(day, opts.since, opts.until):
            continue
        evidence.setdefault((s.value, p.value, o.value), []).append({
            "claim": c.value, "quote": _val(quote) or "", "quote_lang": _lang(quote),
            "article": _val(a), "date": day, "hedged": _val(mod) == _KGO + "Hedged",
            "confidence": float(conf.value) if conf is not None else None,
        })
    for ev in evidence.values():
        ev.sort(key=lambda e: (e["date"] or "", e["article"] or "", e["claim"]))

    dated = opts.since is not None or opts.until is not None
    wanted = {_KGO + p for p in opts.predicates}
    G = nx.MultiDiGraph(lang=opts.lang, notes=list(opts.notes), articles={}, focus=[])
    for s, p, o in facts:
        if wanted and p not in wanted:
            continue
        ev = evidence.get((s, p, o), [])
        if dated and not ev:
            continue
        for iri in (s, o):
            if iri not in G:
                _add_node(G, iri, info, opts.lang)
        name = _local(p)
        G.add_edge(s, o, key=name, predicate=name, iri=p,
                   label=ontology.term_label(name, opts.lang) if p.startswith(_KGO) else compact(p),
                   hedged=bool(ev) and all(e["hedged"] for e in ev),
                   evidence=ev[:MAX_EVIDENCE], more_evidence=max(0, len(ev) - MAX_EVIDENCE))

    if dated:
        G.graph["notes"].append(f"facts supported by articles dated {opts.since or '…'} to {opts.until or '…'}")
    if opts.predicates:
        G.graph["notes"].append("predicates: " + ", ".join(opts.predicates))

    if opts.focus:
        hits = find_entities(opts.focus, info)
        if not hits:
            raise InputError(f"--focus {opts.focus!r}: no entity has this label, name or IRI")
        for iri in hits:
            if iri not in G:
                _add_node(G, iri, info, opts.lang)
        keep: set[str] = set()
        und = G.to_undirected(as_view=True)
        for iri in hits:
            keep |= set(nx.single_source_shortest_path_length(und, iri, cutoff=opts.depth))
        G = _subgraph(G, keep)
        G.graph["focus"] = hits
        labels = ", ".join(G.nodes[h]["label"] for h in hits)
        G.graph["notes"].append(f"focus on {labels}, depth {opts.depth}")

    # attributes (memoryGB, processNodeNm, ...) of the nodes drawn, with their evidence
    for s, p, o in _rows(store, Q_ATTRS, t):
        if s.value not in G:
            continue
        name = _local(p.value)
        ev = evidence.get((s.value, p.value, o.value), [])
        G.nodes[s.value]["attributes"].append({
            "predicate": name, "label": ontology.term_label(name, opts.lang), "value": o.value,
            "evidence": ev[:MAX_EVIDENCE]})
    for _, d in G.nodes(data=True):
        d["attributes"].sort(key=lambda a: (a["predicate"], a["value"]))

    used = {e["article"] for _, _, d in G.edges(data=True) for e in d["evidence"] if e["article"]}
    used |= {e["article"] for _, d in G.nodes(data=True) for a in d["attributes"] for e in a["evidence"]
             if e["article"]}
    G.graph["articles"] = {a: _article_view(articles[a], info, opts.lang) for a in sorted(used) if a in articles}

    if opts.max_nodes is not None:
        G = cut_to_max_nodes(G, opts.max_nodes)
    return G


def _article_view(d: dict, info: dict[str, dict], lang: str) -> dict:
    outlets = [pick_label(info.get(o, {}).get("labels", {}), lang, o) for o in d["outlets"]]
    return {"title": d["title"], "date": d["date"], "lang": d["lang"], "sources": d["sources"],
            "key": d["key"], "outlets": outlets}


def _add_node(G: nx.MultiDiGraph, iri: str, info: dict[str, dict], lang: str) -> None:
    d = info.get(iri) or {"cls": OTHER_CLASS, "labels": {}, "alt_labels": {}, "provisional": False,
                          "wikidata": None}
    G.add_node(iri, label=pick_label(d["labels"], lang, iri), cls=d["cls"], labels=dict(d["labels"]),
               alt_labels=dict(d["alt_labels"]), provisional=bool(d["provisional"]), wikidata=d["wikidata"],
               attributes=[])


def _subgraph(G: nx.MultiDiGraph, keep: Iterable[str]) -> nx.MultiDiGraph:
    H = G.subgraph(sorted(keep)).copy()
    H.graph.update({k: (list(v) if isinstance(v, list) else dict(v) if isinstance(v, dict) else v)
                    for k, v in G.graph.items()})
    return H


def cut_to_max_nodes(G: nx.MultiDiGraph, max_nodes: int) -> nx.MultiDiGraph:
    """Keep the ``max_nodes`` nodes of highest degree (focus nodes first, ties by IRI); record the cut.

    The note (``G.graph['cut']`` and one line of ``G.graph['notes']``) says how many nodes and edges were
    left out; the same text is printed by ``kg viz`` and shown in the page.
    """
    n = G.number_of_nodes()
    if n <= max_nodes:
        return G
    focus = set(G.graph.get("focus") or [])
    deg = dict(G.degree())
    order = sorted(G.nodes, key=lambda v: (v not in focus, -deg[v], v))
    keep = order[:max_nodes]
    H = _subgraph(G, keep)
    cut_nodes = n - H.number_of_nodes()
    cut_edges = G.number_of_edges() - H.number_of_edges()
    smallest = deg[keep[-1]] if keep else 0
    note = (f"showing the {H.number_of_nodes()} highest-degree nodes of {n}: cut {cut_nodes} nodes and "
            f"{cut_edges} edges (--max-nodes {max_nodes}; kept nodes have degree >= {smallest})")
    H.graph["cut"] = {"nodes_total": n, "edges_total": G.number_of_edges(), "nodes_cut": cut_nodes,
                      "edges_cut": cut_edges, "max_nodes": max_nodes, "message": note}
    H.graph["notes"] = list(G.graph.get("notes", [])) + [note]
    return H
