"""The library of named queries: competency questions as documented SPARQL files (``kg/queries/*.rq``).

Each ``.rq`` file starts with a comment header::

    # Question: Which chips does each company develop?
    # Parameters:
    #   company  an IRI, prefix:name or label; empty (default): every company
    # Example: kg query --name chips-by-company --param company=Huawei
    # Columns: ...
    # Example output (seeds/):
    #   ...

Parameters are bound through the store's ``params`` mechanism (``Store.query(sparql, params=...)``): a value
is one RDF term (an IRI, never text pasted into the query). Every parameter is a variable that the query
uses in its triple patterns and projects in its SELECT clause, so both ways stores bind parameters work
(Oxigraph's substitution, and a trailing VALUES join on remote endpoints). Before binding, `run` resolves a
value: ``<iri>`` and ``prefix:name`` are taken as they are; any other text is an entity label, matched
against every skos:prefLabel/altLabel in the store after kg.ontology.normalize_label (case, width,
traditional/simplified Chinese), so ``--param product="Nvidia H20"``, ``product=h20`` and
``product=kgid:nvidia-h20`` agree. A label naming several entities runs the query once per entity and
merges the rows; a label naming none gives no rows. Parameters documented as "an ontology property" take a
local name (``develops``); those documented with "a value" also accept a literal (``384``).
An optional parameter that is not given leaves its variable free (no restriction).

``python -m kg.queries --update-examples --store DIR`` rewrites the "Example output" block of every file
from a real run (the documented examples are run on ``seeds/``).
"""

from __future__ import annotations

import argparse
import functools
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from kg.errors import QueryError

QUERY_DIR = Path(__file__).resolve().parent
_PARAM_LINE = re.compile(r"^#\s{2,}([A-Za-z_][A-Za-z0-9_]*)\s{2,}(.*)$")
_DEFAULT = re.compile(r";\s*default:\s*(.+?)\s*$", re.I)
_EXAMPLE_PARAM = re.compile(r"""--param\s+([A-Za-z_]\w*)=("[^"]*"|'[^']*'|\S+)""")
_OUTPUT_HEAD = "# Example output (seeds/):"


@dataclass(frozen=True)
class Param:
    name: str
    description: str
    default: str = ""  # "" = no restriction (the variable stays free)
    required: bool = False

    @property
    def kind(self) -> str:
        """'property' (an ontology property), 'value' (an entity or a literal value) or 'entity'."""
        if "ontology property" in self.description:
            return "property"
        return "value" if "a value" in self.description else "entity"


@dataclass(frozen=True)
class NamedQuery:
    name: str
    question: str
    params: tuple[Param, ...]
    example: str
    text: str
    path: Path

    @property
    def example_params(self) -> dict[str, str]:
        """The --param values of the documented example (quotes removed, as a shell would)."""
        out = {}
        for k, v in _EXAMPLE_PARAM.findall(self.example):
            out[k] = v[1:-1] if v[:1] in "\"'" and v[-1:] == v[:1] else v
        return out

    def bind(self, values: dict[str, str] | None = None) -> dict[str, str]:
        """Every parameter with its value (given, else default); unknown or missing required ones raise."""
        values = dict(values or {})
        known = {p.name for p in self.params}
        unknown = sorted(set(values) - known)
        if unknown:
            hint = ", ".join(sorted(known)) or "none"
            raise QueryError(f"query {self.name!r} has no parameter {', '.join(unknown)} (parameters: {hint})")
        out = {}
        for p in self.params:
            if p.name in values and str(values[p.name]).strip():
                out[p.name] = str(values[p.name]).strip()
            elif p.required:
                raise QueryError(f"query {self.name!r} needs --param {p.name}=VALUE ({p.description})")
            elif p.default:
                out[p.name] = p.default
        return out

    def param(self, name: str) -> Param:
        return next(p for p in self.params if p.name == name)


def _parse(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    header = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        header.append(line)
    question: list[str] = []
    example = ""
    params: list[Param] = []
    section = None
    for line in header:
        body = line[1:].strip()
        if body.startswith("Question:"):
            section = "question"
            question.append(body[len("Question:"):].strip())
        elif body.startswith("Parameters:"):
            section = "params"
        elif body.startswith("Example:"):
            section = None
            example = body[len("Example:"):].strip()
        elif re.match(r"^[A-Z][A-Za-z ()/.]*:", body):
            section = None
        elif section == "question" and body:
            question.append(body)
        elif section == "params" and (m := _PARAM_LINE.match(line)):
            desc = m.group(2).strip()
            d = _DEFAULT.search(desc)
            params.append(Param(m.group(1), desc, d.group(1) if d else "", required=desc.endswith("required")))
    if not question:
        raise QueryError(f"{path}: named query has no '# Question:' header")
    return NamedQuery(name=path.stem, question=" ".join(question), params=tuple(params), example=example,
                      text=text, path=path)


@functools.lru_cache(maxsize=1)
def _library() -> tuple[NamedQuery, ...]:
    return tuple(_parse(p) for p in sorted(QUERY_DIR.glob("*.rq")))


def library() -> dict[str, NamedQuery]:
    """Every named query, by name (the file name without .rq), in name order."""
    return {q.name: q for q in _library()}


def get(name: str) -> NamedQuery:
    lib = library()
    if name not in lib:
        import difflib

        close = difflib.get_close_matches(name, lib, n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else "; see kg query --list"
        raise QueryError(f"no named query {name!r}{hint}")
    return lib[name]


_NO_MATCH = "<urn:kg:no-match>"
_MAX_RUNS = 50


def label_index(store) -> dict[str, set[str]]:
    """normalize_label(label) -> IRIs, over every skos:prefLabel and skos:altLabel of the store."""
    from kg.ontology import normalize_label

    out: dict[str, set[str]] = {}
    res = store.query("SELECT ?e ?l WHERE { ?e skos:prefLabel|skos:altLabel ?l FILTER(isIRI(?e)) }")
    for e, label in res.rows:
        if e is not None and label is not None:
            out.setdefault(normalize_label(label.value), set()).add(e.value)
    return out


def resolve_entity(store, value: str, *, index: dict[str, set[str]] | None = None) -> list[str]:
    """IRIs named by `value`: <iri> or prefix:name as given, else every entity with that label."""
    from pyoxigraph import NamedNode

    from kg.ontology import normalize_label
    from kg.store.sparql import parse_param

    term = parse_param("value", value)
    if isinstance(term, NamedNode):
        return [term.value]
    index = label_index(store) if index is None else index
    return sorted(index.get(normalize_label(term.value), ()))


def _candidates(store, p: Param, value: str, index_box: dict) -> list[str]:
    """The RDF terms (as --param strings) a parameter value stands for."""
    from pyoxigraph import Literal, NamedNode

    from kg import ontology
    from kg.store.sparql import parse_param

    term = parse_param(p.name, value)
    if isinstance(term, NamedNode):
        return [f"<{term.value}>"]
    if p.kind == "property":
        name = term.value.strip()
        if name not in ontology.properties():
            raise QueryError(f"--param {p.name}: {name!r} is not an ontology property (e.g. develops)")
        return [f"<{ontology.ONTOLOGY_NS}{name}>"]
    if "index" not in index_box:
        index_box["index"] = label_index(store)
    out = [f"<{iri}>" for iri in resolve_entity(store, value, index=index_box["index"])]
    if p.kind == "value" and not out:
        if value.strip()[:1] in "\"'":
            return [value.strip()]  # an explicit literal, e.g. "96"^^xsd:decimal
        text = term.value.strip()
        xsd = str(ontology.XSD)
        for dt in ("integer", "decimal", "double", "date"):
            try:
                lit = Literal(text, datatype=NamedNode(xsd + dt))
                if dt == "integer":
                    int(text)
                elif dt in ("decimal", "double"):
                    float(text)
                else:
                    __import__("datetime").date.fromisoformat(text)
            except ValueError:
                continue
            out.append(str(lit))
        out.append(str(Literal(text)))
    return out


def run(store, name: str, params: dict[str, str] | None = None, *, timeout_s: float | None = None):
    """Run named query `name` on `store` (anything with ``query(sparql, params=..., timeout_s=...)``).

    Values are resolved (see the module docstring) and bound through the store's params mechanism."""
    import itertools

    q = get(name)
    values = q.bind(params)
    box: dict = {}
    cands = {n: _candidates(store, q.param(n), v, box) for n, v in values.items()}
    if any(not c for c in cands.values()):  # a label that names nothing: no rows (but the columns)
        return store.query(q.text, params={n: _NO_MATCH for n in cands}, timeout_s=timeout_s)
    names = sorted(cands)
    combos = list(itertools.islice(itertools.product(*(cands[n] for n in names)), _MAX_RUNS + 1))
    if len(combos) > _MAX_RUNS:
        raise QueryError(f"the parameters of {name!r} name too many entities; give IRIs instead of labels")
    result = None
    seen: set[tuple] = set()
    for combo in combos:
        r = store.query(q.text, params=dict(zip(names, combo)), timeout_s=timeout_s)
        if result is None:
            result = r
            seen = {tuple(map(str, row)) for row in r.rows} if r.kind == "select" else set()
            continue
        if r.kind == "select":
            for row in r.rows:
                key = tuple(map(str, row))
                if key not in seen:
                    seen.add(key)
                    result.rows.append(row)
    return result


def listing() -> list[list[str]]:
    """Rows (name, parameters, question) for `kg query --list`."""
    rows = []
    for q in library().values():
        ps = ", ".join(p.name + ("" if p.required else "?") for p in q.params) or "-"
        rows.append([q.name, ps, q.question])
    return rows


# --------------------------------------------------------------------------------------------------
# python -m kg.queries --update-examples --store DIR : refresh the "Example output" blocks
# --------------------------------------------------------------------------------------------------
_MAX_EXAMPLE_ROWS = 6
_MAX_EXAMPLE_CELL = 48


def example_output(store, q: NamedQuery) -> list[str]:
    from kg.query import display, table, truncate

    result = run(store, q.name, q.example_params)
    shown = [v for v in result.variables]
    rows = [[truncate(display(t), _MAX_EXAMPLE_CELL) for t in row] for row in result.rows[:_MAX_EXAMPLE_ROWS]]
    if not result.rows:
        return ["#   (no rows on seeds/)"]
    lines = ["#   " + line.rstrip() for line in table(shown, rows).splitlines()]
    if len(result.rows) > _MAX_EXAMPLE_ROWS:
        lines.append(f"#   ... ({len(result.rows)} rows)")
    return lines


def update_examples(store) -> list[Path]:
    changed = []
    for q in library().values():
        lines = q.text.splitlines()
        try:
            start = lines.index(_OUTPUT_HEAD)
        except ValueError:
            continue
        end = start + 1
        while end < len(lines) and lines[end].startswith("#   "):
            end += 1
        new = lines[:start + 1] + example_output(store, q) + lines[end:]
        text = "\n".join(new) + "\n"
        if text != q.text:
            q.path.write_text(text, encoding="utf-8")
            changed.append(q.path)
    _library.cache_clear()
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kg.queries", description="named query library tools")
    parser.add_argument("--update-examples", action="store_true", required=True,
                        help="rewrite the 'Example output' block of every .rq file from a run on --store")
    parser.add_argument("--store", required=True, help="a store built from seeds/")
    args = parser.parse_args(argv)
    from kg.store import open_store

    with open_store(args.store, read_only=True) as st:
        for path in update_examples(st):
            print(f"updated {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
