"""SPARQL 1.1 result formats and content negotiation for the endpoint."""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from pyoxigraph import BlankNode, Literal, NamedNode

from kg.query import format_result
from kg.store.base import QueryResult

# name -> media type
TABLE_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
GRAPH_TYPES = {
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
}
ALIASES = {
    "application/json": "json", "application/sparql-results+json": "json", "text/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
    "text/turtle": "turtle", "application/x-turtle": "turtle", "application/turtle": "turtle",
    "application/n-triples": "ntriples", "text/plain": "ntriples",
}
FORMAT_NAMES = {**{k: k for k in (*TABLE_TYPES, *GRAPH_TYPES, "html")}, "ttl": "turtle", "nt": "ntriples",
                "n-triples": "ntriples", "sparql-results+json": "json"}


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """Media ranges of an Accept header, best first (stable for equal q)."""
    out = []
    for i, part in enumerate((header or "").split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if q > 0:
            out.append((media, q, i))
    out.sort(key=lambda t: (-t[1], t[2]))
    return [(m, q) for m, q, _ in out]


def negotiate(accept: str | None, fmt_param: str | None = None) -> tuple[str, str]:
    """(format for SELECT/ASK, format for CONSTRUCT/DESCRIBE). ``format=`` overrides Accept."""
    if fmt_param:
        name = FORMAT_NAMES.get(fmt_param.strip().lower()) or ALIASES.get(fmt_param.strip().lower())
        if name is None:
            raise ValueError(f"unknown format {fmt_param!r}; use json, xml, csv, tsv, turtle, ntriples or html")
        if name == "html":
            return "html", "html"
        if name in GRAPH_TYPES:
            return "json", name
        return name, "turtle"
    table = graph = None
    for media, _ in parse_accept(accept):
        name = ALIASES.get(media)
        if name in TABLE_TYPES and table is None:
            table = name
        if name in GRAPH_TYPES and graph is None:
            graph = name
    return table or "json", graph or "turtle"


def media_type(fmt: str) -> str:
    return TABLE_TYPES.get(fmt) or GRAPH_TYPES.get(fmt) or "text/html"


def _xml_term(term) -> str:
    if isinstance(term, NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        dt = term.datatype.value
        if dt == "http://www.w3.org/2001/XMLSchema#string":
            return f"<literal>{escape(term.value)}</literal>"
        return f"<literal datatype={quoteattr(dt)}>{escape(term.value)}</literal>"
    return f"<literal>{escape(str(term))}</literal>"


def sparql_xml(result: QueryResult) -> str:
    """SPARQL Query Results XML Format."""
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">']
    if result.kind == "ask":
        out += ["<head/>", f"<boolean>{'true' if result.boolean else 'false'}</boolean>", "</sparql>"]
        return "\n".join(out) + "\n"
    out.append("<head>" + "".join(f"<variable name={quoteattr(v)}/>" for v in result.variables) + "</head>")
    out.append("<results>")
    for row in result.rows:
        cells = "".join(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                        for v, t in zip(result.variables, row) if t is not None)
        out.append(f"<result>{cells}</result>")
    out += ["</results>", "</sparql>"]
    return "\n".join(out) + "\n"


def render(result: QueryResult, table_fmt: str, graph_fmt: str) -> tuple[str, bytes]:
    """(media type, body) of a result in the negotiated format."""
    if result.kind == "graph":
        fmt = graph_fmt if graph_fmt in GRAPH_TYPES else "turtle"
        return GRAPH_TYPES[fmt] + "; charset=utf-8", format_result(result, fmt).encode("utf-8")
    fmt = table_fmt if table_fmt in TABLE_TYPES else "json"
    if fmt == "xml":
        body = sparql_xml(result)
    else:
        body = format_result(result, fmt)
    return TABLE_TYPES[fmt] + "; charset=utf-8", body.encode("utf-8")
