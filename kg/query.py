"""Formatting SPARQL results: table (aligned, Unicode-width aware), csv, tsv, json (SPARQL 1.1 JSON results);
CONSTRUCT / DESCRIBE results as turtle or ntriples."""

from __future__ import annotations

import csv
import io
import json
import unicodedata

from pyoxigraph import BlankNode, Literal, NamedNode

from kg.errors import KGError
from kg.export import serialize_graph
from kg.graph import XSD, prefixes
from kg.store.base import QueryResult

TABLE_FORMATS = ("table", "csv", "tsv", "json")
GRAPH_FORMATS = ("turtle", "ntriples")
FORMATS = TABLE_FORMATS + GRAPH_FORMATS
_XSD_STRING = XSD + "string"
_MAX_CELL = 80


def char_width(ch: str) -> int:
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def text_width(s: str) -> int:
    return sum(char_width(c) for c in s)


def truncate(s: str, width: int) -> str:
    if text_width(s) <= width:
        return s
    out, w = [], 0
    for c in s:
        cw = char_width(c)
        if w + cw > width - 1:
            break
        out.append(c)
        w += cw
    return "".join(out) + "…"


def pad(s: str, width: int) -> str:
    return s + " " * (width - text_width(s))


def compact(iri: str) -> str:
    """prefix:local for known namespaces (the longest matching namespace wins)."""
    best = max(((p, b) for p, b in prefixes().items() if iri.startswith(b) and iri != b),
               key=lambda pb: len(pb[1]), default=None)
    return f"{best[0]}:{iri[len(best[1]):]}" if best else iri


def display(term) -> str:
    """Human-readable form of a term for tables."""
    if term is None:
        return ""
    if isinstance(term, NamedNode):
        return compact(term.value)
    if isinstance(term, BlankNode):
        return f"_:{term.value}"
    if isinstance(term, Literal):
        text = " ".join(term.value.split()) if "\n" in term.value else term.value
        return f"{text}@{term.language}" if term.language else text
    return str(term)


def plain(term) -> str:
    """The CSV form (SPARQL 1.1 CSV results): IRIs and literal values without markup."""
    if term is None:
        return ""
    if isinstance(term, BlankNode):
        return f"_:{term.value}"
    return term.value if hasattr(term, "value") else str(term)


def json_term(term) -> dict | None:
    if term is None:
        return None
    if isinstance(term, NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, Literal):
        d: dict = {"type": "literal", "value": term.value}
        if term.language:
            d["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            d["datatype"] = term.datatype.value
        return d
    return {"type": "triple", "value": str(term)}


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """Render a QueryResult in one of FORMATS."""
    if fmt not in FORMATS:
        raise KGError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if result.kind == "graph":
        return serialize_graph(result.triples, fmt if fmt in GRAPH_FORMATS else "turtle").decode("utf-8")
    if fmt in GRAPH_FORMATS:
        raise KGError(f"--format {fmt} is for CONSTRUCT/DESCRIBE queries; use table, csv, tsv or json")
    if result.kind == "ask":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": bool(result.boolean)}) + "\n"
        return ("true" if result.boolean else "false") + "\n"
    if fmt == "json":
        doc = {"head": {"vars": result.variables},
               "results": {"bindings": [
                   {v: json_term(t) for v, t in zip(result.variables, row) if t is not None}
                   for row in result.rows]}}
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(result.variables)
        for row in result.rows:
            w.writerow([plain(t) for t in row])
        return buf.getvalue()
    if fmt == "tsv":
        lines = ["\t".join("?" + v for v in result.variables)]
        lines += ["\t".join("" if t is None else str(t) for t in row) for row in result.rows]
        return "\n".join(lines) + "\n"
    return table(result.variables, [[display(t) for t in row] for row in result.rows])


def table(headers: list[str], rows: list[list[str]]) -> str:
    """An aligned text table; CJK characters count as two columns."""
    rows = [[truncate(c, _MAX_CELL) for c in r] for r in rows]
    widths = [text_width(h) for h in headers]
    for r in rows:
        for i, c in enumerate(r):
            widths[i] = max(widths[i], text_width(c))
    line = lambda cells: "  ".join(pad(c, w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    out = [line(headers), "  ".join("─" * w for w in widths)]
    out += [line(r) for r in rows]
    return "\n".join(out) + "\n"
