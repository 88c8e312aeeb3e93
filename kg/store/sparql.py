"""SPARQL hygiene shared by every store: refuse unsafe queries, map parser errors, bind parameters.

Unsafe: any update (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE, ADD, MOVE, COPY), SERVICE, and FROM /
FROM NAMED with an IRI outside this project's graphs. Strings, comments and IRIs are found as the
parser finds them; \\uXXXX / \\UXXXXXXXX escapes are decoded inside IRIs and, for the keyword check,
outside strings (a spelled-out \\u0053ERVICE is refused). The check is case-insensitive and ignores
strings, comments and the inside of IRIs.
"""

from __future__ import annotations

import re

from pyoxigraph import Literal, NamedNode, RdfFormat, parse

from kg import ontology
from kg.errors import QueryError, UnsafeQueryError
from kg.graph import iri_of, prefixes as default_prefixes
from kg.model import ARTICLE_BASE

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_IRIREF = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_IRIREF_RAW = re.compile(r'<(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>')  # escapes allowed
_EOL = re.compile(r"[\n\r]")
_UNSAFE = re.compile(
    r"(?<![\w:?$\-])(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|SERVICE)(?![\w:\-])", re.I)
_FROM = re.compile(r"(?<![\w:?$\-])FROM(\s+NAMED)?\s+(<I\d+>|[A-Za-z_][\w\-.]*:[^\s{}]*|:[^\s{}]*)", re.I)
_PREFIX_DECL = re.compile(r"(?<![\w:?$\-])PREFIX\s+([A-Za-z_][\w\-.]*|):\s*<I(\d+)>", re.I)
_ERROR_AT = re.compile(r"error at (\d+):(\d+):?\s*(.*)", re.S)
_PARAM_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def unescape(sparql: str) -> str:
    """Decode SPARQL codepoint escapes (\\uXXXX, \\UXXXXXXXX)."""

    def rep(m: re.Match) -> str:
        try:
            return chr(int(m.group(1) or m.group(2), 16))
        except (ValueError, OverflowError):
            return m.group(0)

    return _ESCAPE.sub(rep, sparql)


def _lex(s: str):
    """(kind, start, end) over the raw text: "comment" (to \\n or \\r), "string" (short or long, escapes skipped),
    "iri" (an IRIREF) or "char" (any other single character). Found as the SPARQL parser finds them."""
    i, n = 0, len(s)
    while i < n:
        ch = s[i]
        if ch == "#":
            m = _EOL.search(s, i)
            j = n if m is None else m.start()
            yield "comment", i, j
        elif ch in "'\"":
            quote = s[i:i + 3] if s[i:i + 3] in ("'''", '"""') else ch
            j = i + len(quote)
            while j < n and not s.startswith(quote, j):
                j += 2 if s[j] == "\\" else 1
            j += len(quote)
            yield "string", i, j
        elif ch == "<" and (m := _IRIREF_RAW.match(s, i)):
            j = m.end()
            yield "iri", i, j
        else:
            j = i + 1
            yield "char", i, j
        i = j


def skeleton(sparql: str) -> tuple[str, list[str]]:
    """The query with strings emptied, comments removed and IRIs replaced by <I0>, <I1>, ...

    Strings, comments and IRIs are found in the raw text, as the SPARQL parser finds them: Oxigraph
    decodes \\u escapes inside strings and IRIs only, so "\\u0022" is a one-character string, not the
    start of a long string that would hide what follows. Comments end at \\n or \\r. Escapes outside
    strings are decoded afterwards, so a spelled-out keyword (\\u0053ERVICE) is still seen."""
    out: list[str] = []
    iris: list[str] = []
    for kind, i, j in _lex(sparql):
        if kind == "comment":
            out.append(" ")
        elif kind == "string":
            out.append('""')
        elif kind == "iri":
            out.append(f"<I{len(iris)}>")
            iris.append(unescape(sparql[i + 1:j - 1]))
        else:
            out.append(sparql[i])
    return unescape("".join(out)), iris


_WHERE = re.compile(r"(?<![\w:?$\-])WHERE(?![\w:\-])", re.I)


def where_brace(sparql: str) -> int | None:
    """Index (in the raw text) of the '{' that opens the query's top-level WHERE group, or None.
    Strings, comments and IRIs are skipped as in skeleton(); WHERE is optional before the group."""
    s = sparql
    depth, seen_where, first_brace = 0, False, None
    for kind, i, _j in _lex(s):
        if kind != "char":
            continue
        ch = s[i]
        if ch == "{":
            if depth == 0 and (seen_where or first_brace is None):
                if seen_where:
                    return i
                first_brace = i
            depth += 1
        elif ch == "}":
            depth = max(0, depth - 1)
        elif depth == 0 and _WHERE.match(s, i) and (i == 0 or not (s[i - 1].isalnum() or s[i - 1] in "_:?$-")):
            seen_where = True
    return None if seen_where else first_brace


def bind_values(sparql: str, terms: dict[str, object]) -> str:
    """The query with `terms` (name -> pyoxigraph term) bound by an inline VALUES block at the start of
    the WHERE group, so they are bound where FILTER, BIND and patterns see them (a trailing VALUES
    clause would join only after FILTERs ran). Terms are written in their N-Triples form, never pasted."""
    if not terms:
        return sparql
    names = sorted(terms)
    block = (f" VALUES ({' '.join('?' + k for k in names)}) {{ ({' '.join(str(terms[k]) for k in names)}) }} ")
    at = where_brace(sparql)
    if at is None:
        return sparql + "\n" + block
    return sparql[:at + 1] + block + sparql[at + 1:]


def allowed_dataset_iri(iri: str) -> bool:
    graphs = {iri_of(ontology.GRAPH_UNION), iri_of(ontology.GRAPH_REGISTRY), iri_of(ontology.GRAPH_ONTOLOGY)}
    return iri in graphs or iri.startswith(ARTICLE_BASE)


def check_query(sparql: str) -> bool:
    """Raise UnsafeQueryError for updates, SERVICE and remote FROM; return True when FROM is used."""
    skel, iris = skeleton(sparql)
    m = _UNSAFE.search(skel)
    if m:
        word = m.group(1).upper()
        what = "SERVICE (federated queries)" if word == "SERVICE" else f"{word} (updates)"
        raise UnsafeQueryError(f"refused: {what} are not allowed; kg query is read-only and local")
    declared = dict(default_prefixes())
    for pm in _PREFIX_DECL.finditer(skel):
        declared[pm.group(1)] = iris[int(pm.group(2))]
    has_from = False
    for fm in _FROM.finditer(skel):
        has_from = True
        target = fm.group(2)
        if target.startswith("<I"):
            iri = iris[int(target[2:-1])]
        else:
            pfx, _, local = target.partition(":")
            iri = declared.get(pfx, "?") + local
        if not allowed_dataset_iri(iri):
            raise UnsafeQueryError(f"refused: FROM {'NAMED ' if fm.group(1) else ''}<{iri}> is not a graph "
                                   "of this store (remote data is never fetched)")
    return has_from


_GRAPH_KW = re.compile(r"(?<![\w:?$\-])GRAPH(?![\w:\-])", re.I)


def uses_graph(sparql: str) -> bool:
    """True when the query has a GRAPH pattern (outside strings, comments and IRIs)."""
    return bool(_GRAPH_KW.search(skeleton(sparql)[0]))


def query_error(exc: Exception) -> QueryError:
    """A parser error from Oxigraph as a QueryError with line and column."""
    msg = str(exc)
    m = _ERROR_AT.search(msg)
    if not m:
        return QueryError(f"malformed query: {msg}")
    line, col, rest = int(m.group(1)), int(m.group(2)), " ".join(m.group(3).split())
    if len(rest) > 160:
        rest = rest[:157] + "..."
    return QueryError(f"malformed query at line {line}, column {col}: {rest}", line=line, column=col)


def parse_param(name: str, value: str) -> NamedNode | Literal:
    """A --param value as one RDF term: <iri>, prefix:local (known prefixes), a quoted Turtle
    literal ("5"^^xsd:integer, "Huawei"@en), or else a plain string literal. Never pasted as text."""
    if not _PARAM_NAME.match(name):
        raise QueryError(f"bad parameter name {name!r}")
    pfx = default_prefixes()
    v = value.strip()
    try:
        if v.startswith("<"):
            if not _IRIREF.fullmatch(v):
                raise ValueError("not an IRI")
            return NamedNode(v[1:-1])
        if v[:1] in ("'", '"'):
            head = "".join(f"@prefix {k}: <{i}> .\n" for k, i in pfx.items())
            triples = list(parse((head + f"<urn:kg:s> <urn:kg:p> {v} .").encode("utf-8"),
                                 format=RdfFormat.TURTLE))
            if len(triples) != 1 or not isinstance(triples[0].object, Literal):
                raise ValueError("not one literal")
            return triples[0].object
        m = re.fullmatch(r"([A-Za-z][\w\-.]*):([\w\-./%#]*)", v)
        if m and m.group(1) in pfx:
            return NamedNode(pfx[m.group(1)] + m.group(2))
    except (ValueError, SyntaxError) as e:
        raise QueryError(f"parameter {name}: cannot read {value!r} as an RDF term ({e})") from None
    return Literal(value)
