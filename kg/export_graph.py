"""Network exports for other tools: GraphML, GEXF (Gephi, Cytoscape, networkx) and CSV node/edge lists.

The network is the entity graph of the union graph:
  * nodes: every entity (kgid:) that is the subject or object of a fact with a kgo: object property
    (mentions and provenance excluded). Attributes: ``label`` (English prefLabel, else any), ``label_zh``,
    ``label_it`` (when known), ``class`` (most specific kgo: class), ``provisional`` (discovered in an
    article), ``iri``, and the datatype facts (``memoryGB``, ``powerWatts``, ``processNodeNm``,
    ``componentCount``, ``announcedDate``, ``effectiveDate``) when known.
  * edges: one per fact (subject, property, object), keyed by the property's local name. Attributes:
    ``predicate`` (local name), ``label`` (the property's English label), ``weight`` (number of positive
    claims supporting the fact), ``sources`` (number of articles), ``hedged`` (true when no claim asserts it
    without hedging), ``first_date`` (earliest article date).

``build_network(store)`` returns a networkx MultiDiGraph; ``export_network(store, fmt, path)`` writes it
atomically (temp file + os.replace). CSV writes ``<name>.nodes.csv`` and ``<name>.edges.csv`` next to
``path`` (``-o out/graph.csv`` -> ``out/graph.nodes.csv``, ``out/graph.edges.csv``).
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

from kg import ontology
from kg.errors import KGError, StoreError
from kg.export import write_atomic

NETWORK_FORMATS = ("graphml", "gexf", "csv")
_SKIP = {"mentions", "reportedSource", "polarity", "modality"}
_NODE_VALUES = ("memoryGB", "powerWatts", "processNodeNm", "componentCount", "announcedDate", "effectiveDate")
NODE_COLUMNS = ("id", "label", "label_zh", "label_it", "class", "provisional", "iri") + _NODE_VALUES
EDGE_COLUMNS = ("source", "target", "predicate", "label", "weight", "sources", "hedged", "first_date")

_EDGES = """
SELECT ?s ?p ?o (COUNT(DISTINCT ?c) AS ?weight) (COUNT(DISTINCT ?a) AS ?sources)
       (MAX(IF(?m = kgo:Asserted, 1, 0)) AS ?asserted) (MIN(?d) AS ?first)
WHERE {
  ?s ?p ?o . FILTER(isIRI(?o) && STRSTARTS(STR(?p), STR(kgo:)) && STRSTARTS(STR(?s), STR(kgid:))
                    && STRSTARTS(STR(?o), STR(kgid:)))
  OPTIONAL { ?c a kgo:Claim ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kgo:polarity kgo:Positive ;
                kgo:modality ?m ; prov:wasDerivedFrom ?a . OPTIONAL { ?c kgo:articleDate ?d } }
}
GROUP BY ?s ?p ?o
"""

_NODES = """
SELECT ?e ?cls ?label ?prov WHERE {
  VALUES ?e { %s }
  OPTIONAL { ?e a ?cls . FILTER(STRSTARTS(STR(?cls), STR(kgo:))) }
  OPTIONAL { ?e skos:prefLabel ?label }
  OPTIONAL { ?e kgo:provisional ?prov }
}
"""

_VALUES = """
SELECT ?e ?p ?v WHERE {
  VALUES ?e { %s }
  VALUES ?p { %s }
  ?e ?p ?v .
}
"""


def _local(iri: str) -> str:
    return iri[len(ontology.ONTOLOGY_NS):] if iri.startswith(ontology.ONTOLOGY_NS) else iri


def _most_specific(classes: set[str]) -> str:
    known = sorted(c for c in classes if ontology.terms().get(c) == "class")
    leaves = [c for c in known if not any(d != c and ontology.is_subclass(d, c) for d in known)]
    return leaves[0] if leaves else (known[0] if known else "")


def build_network(store):
    """The entity network of the store's union graph as a networkx MultiDiGraph (see the module docstring)."""
    import networkx as nx

    from kg.query import compact

    skip = {ontology.ONTOLOGY_NS + n for n in _SKIP}
    g = nx.MultiDiGraph()
    edges = [r for r in store.query(_EDGES).rows if r[1].value not in skip]
    nodes = sorted({r[0].value for r in edges} | {r[2].value for r in edges})
    if not nodes:
        return g
    info: dict[str, dict] = {n: {"classes": set(), "labels": {}, "provisional": False} for n in nodes}
    values = " ".join(f"<{n}>" for n in nodes)
    for e, cls, label, prov in store.query(_NODES % values).rows:
        d = info[e.value]
        if cls is not None:
            d["classes"].add(_local(cls.value))
        if label is not None:
            d["labels"].setdefault(label.language or "", label.value)
        if prov is not None and prov.value == "true":
            d["provisional"] = True
    props = " ".join(f"kgo:{p}" for p in _NODE_VALUES)
    extra: dict[str, dict[str, str]] = {}
    for e, p, v in store.query(_VALUES % (values, props)).rows:
        extra.setdefault(e.value, {}).setdefault(_local(p.value), v.value)
    for n in nodes:
        d = info[n]
        labels = d["labels"]
        attrs = {"label": labels.get("en") or next(iter(sorted(labels.values())), compact(n)),
                 "label_zh": labels.get("zh", ""), "label_it": labels.get("it", ""),
                 "class": _most_specific(d["classes"]), "provisional": d["provisional"], "iri": n}
        for k in _NODE_VALUES:
            attrs[k] = extra.get(n, {}).get(k, "")
        g.add_node(compact(n), **attrs)
    for s, p, o, weight, sources, asserted, first in sorted(edges, key=lambda r: (r[0].value, r[1].value, r[2].value)):
        name = _local(p.value)
        g.add_edge(compact(s.value), compact(o.value), key=name, predicate=name,
                   label=ontology.term_label(name, "en"), weight=int(weight.value), sources=int(sources.value),
                   hedged=asserted is None or asserted.value != "1", first_date=first.value if first is not None else "")
    return g


def _csv_bytes(header, rows) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue().encode("utf-8")


def csv_paths(path: str | os.PathLike) -> tuple[Path, Path]:
    p = Path(path)
    base = p.with_suffix("") if p.suffix.lower() == ".csv" else p
    return base.with_name(base.name + ".nodes.csv"), base.with_name(base.name + ".edges.csv")


def network_bytes(g, fmt: str) -> bytes:
    import networkx as nx

    if fmt == "graphml":
        return ("\n".join(nx.generate_graphml(g, encoding="utf-8", prettyprint=True)) + "\n").encode("utf-8")
    if fmt == "gexf":
        return ("\n".join(nx.generate_gexf(g, encoding="utf-8", prettyprint=True)) + "\n").encode("utf-8")
    raise KGError(f"unknown network format {fmt!r}; choose one of {', '.join(NETWORK_FORMATS)}")


def export_network(store, fmt: str, path: str | os.PathLike) -> list[str]:
    """Write the entity network as graphml, gexf or csv (two files); returns the paths written."""
    if fmt not in NETWORK_FORMATS:
        raise KGError(f"unknown network format {fmt!r}; choose one of {', '.join(NETWORK_FORMATS)}")
    g = build_network(store)
    try:
        if fmt == "csv":
            nodes_path, edges_path = csv_paths(path)
            write_atomic(nodes_path, _csv_bytes(NODE_COLUMNS, (
                [n] + [_cell(d.get(c, "")) for c in NODE_COLUMNS[1:]] for n, d in g.nodes(data=True))))
            write_atomic(edges_path, _csv_bytes(EDGE_COLUMNS, (
                [s, o] + [_cell(d.get(c, "")) for c in EDGE_COLUMNS[2:]] for s, o, d in g.edges(data=True))))
            return [str(nodes_path), str(edges_path)]
        write_atomic(path, network_bytes(g, fmt))
        return [str(path)]
    except OSError as e:
        raise StoreError(f"cannot write {path}: {e}") from None


def _cell(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)
